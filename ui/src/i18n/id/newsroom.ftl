# Server redaksi: indikator sinkronisasi, Pengaturan → Server redaksi, siapa menyunting artikel apa
# (pustaka dan penyunting), revisi dari komputer lain, dan versi yang perlu dipadukan.

## Indikator sinkronisasi (di kaki setiap layar)

newsroom-sync-off = Tidak bergabung ke server redaksi
newsroom-sync-synced = Tersinkron
newsroom-sync-syncing = { $count ->
        [0] Menyinkronkan…
       *[other] Menyinkronkan… { $count } menunggu dikirim
    }
newsroom-sync-waiting = { $count } menunggu dikirim
newsroom-sync-offline = { $count ->
        [0] Luring
       *[other] Luring — { $count } menunggu
    }
newsroom-sync-refused = Ditolak server: { $problem }
newsroom-sync-title = { $state }. Server redaksi { $server }; sinkronisasi terakhir { $time }. Klik untuk menyinkronkan sekarang.
newsroom-sync-title-never = { $state }. Server redaksi { $server }; belum pernah tersinkron. Klik untuk menyinkronkan sekarang.

## Pengaturan → Server redaksi

newsroom-settings-title = Server redaksi
newsroom-settings-intro = Di server redaksi, komputer-komputer satu redaksi berbagi artikel beserta riwayatnya, kamus redaksi, daftar nama, dan situs, dan saling melihat siapa sedang menyunting artikel apa. Saat bergabung, seluruh arsip komputer ini dikirim sekali ke server; sesudahnya hanya perubahan yang dikirim, dan komputer ini tetap bisa bekerja luring.
newsroom-settings-security = Kata sandi disimpan di penyimpanan kata sandi sistem, tidak di basis data Sunting. Sambungan memakai TLS, kecuali alamatnya memuat sslmode=disable (hanya untuk server di jaringan redaksi sendiri).
newsroom-settings-join = Bergabung ke server redaksi
newsroom-settings-address = Alamat server
newsroom-settings-user = Nama pengguna
newsroom-settings-user-placeholder = Login Anda di server
newsroom-settings-password = Kata sandi
newsroom-settings-connect = Hubungkan
newsroom-settings-incomplete = Untuk bergabung, isi alamat server, nama pengguna, dan kata sandi.
newsroom-settings-checking = Memeriksa { $address }…
newsroom-settings-connected = Bergabung ke { $server }. Arsip komputer ini dikirim di latar belakang.
newsroom-settings-server = Server:
newsroom-settings-disconnect = Keluar dari server…
newsroom-settings-disconnect-title = Keluar dari server redaksi { $server }?
newsroom-settings-disconnect-message = Semua artikel tetap ada di komputer ini, dan komputer ini bekerja sendiri. Anda dapat bergabung lagi kapan saja.
newsroom-settings-disconnect-confirm = Keluar
newsroom-settings-disconnected = Komputer ini tidak lagi bergabung ke { $server }; semua artikel tetap ada di sini.

## Pustaka

newsroom-presence = { $name } menyunting sejak { $time }
newsroom-fork-badge = 2 versi
newsroom-fork-badge-title = Dua komputer menyimpan dari revisi yang sama. Buka artikel ini untuk memadukan versinya.

## Penyunting: siapa menyunting artikel ini

newsroom-lease-offline = Server redaksi tidak terjangkau: Anda menyunting secara luring. Revisi Anda dikirim begitu server kembali.
newsroom-lease-held = { $name } sedang menyunting sejak { $time }. Bagi Anda artikel ini hanya baca.
newsroom-lease-ask = Minta artikel ini
newsroom-lease-take-over = Ambil alih
newsroom-lease-asked-sent = Permintaan terkirim ke { $name }. Artikel ini terbuka untuk Anda begitu { $name } melepasnya.
newsroom-lease-take-over-refused = Hanya penyunting yang dapat mengambil alih artikel yang sedang disunting orang lain. Mintalah artikel ini kepada { $name }.
newsroom-lease-free = { $name } selesai menyunting; kini Anda dapat menyunting artikel ini.
newsroom-lease-lost = { $name } mengambil alih artikel ini; pekerjaan Anda tersimpan sebagai revisi { $number }.
newsroom-lease-lost-note = Disimpan otomatis saat { $name } mengambil alih
newsroom-lease-lost-unsaved = { $name } mengambil alih artikel ini, tetapi pekerjaan Anda gagal disimpan dan masih ada di sini. Simpan lagi: pekerjaan itu disimpan sebagai versi tersendiri.
newsroom-lease-asked = { $name } meminta artikel ini.
newsroom-lease-let-go = Serahkan
newsroom-lease-keep = Tetap menyunting
newsroom-lease-let-go-note = Disimpan saat diserahkan kepada { $name }
newsroom-lease-let-go-done = Anda menyerahkan artikel ini kepada { $name }; pekerjaan Anda tersimpan sebagai revisi { $number }.
newsroom-read-only = Artikel ini hanya baca: orang lain sedang menyunting.

## Penyunting: revisi dari komputer lain, dan versi yang perlu dipadukan

newsroom-remote-change = Komputer lain menyimpan revisi baru artikel ini. Jika Anda menyimpan, kedua teks disimpan sebagai dua versi untuk dipadukan; tidak ada yang hilang.
newsroom-fork = Artikel ini punya { $count } versi dari komputer berbeda.
newsroom-fork-reconcile = Padukan…
newsroom-fork-merging = Memadukan: teks revisi { $number } dimuat. Lengkapi dengan yang perlu dari versi lain, lalu simpan; simpanan itu memadukan semua versi.
newsroom-merge-note = Memadukan versi
newsroom-merged = Versi dipadukan sebagai revisi { $number } (teks revisi { $kept })

## Jendela pemaduan

newsroom-reconcile-title = Padukan versi “{ $headline }”
newsroom-reconcile-intro = Dua komputer menyimpan dari revisi yang sama. Pakai salah satu versi, atau padukan keduanya di penyunting. Kedua versi tetap tersimpan di riwayat.
newsroom-reconcile-loading = Membaca kedua versi…
newsroom-reconcile-only-in = hanya di revisi { $number }
newsroom-reconcile-version = revisi { $number } · { $author } · { $time }
newsroom-reconcile-keep = Pakai revisi { $number }
newsroom-reconcile-edit = Padukan di penyunting (mulai dari revisi { $number })
