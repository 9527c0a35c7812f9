# Pengaturan: redaksi, situs WordPress, pemeriksaan, kamus redaksi, daftar nama.

settings-title = Pengaturan
settings-back = ← Kembali
settings-back-title = Kembali (Esc)
settings-keys = Esc kembali · { $save } simpan pengaturan
settings-cancel = Batal
settings-remove = Hapus
settings-saved = Pengaturan disimpan

## Redaksi

settings-desk = Redaksi
settings-author = Nama Anda (dicantumkan pada revisi dan keputusan)
settings-default-language = Bahasa bawaan (artikel baru, teks pendek)
settings-save = Simpan pengaturan

## Penerbitan

settings-publishing = Penerbitan
settings-publishing-intro = Situs WordPress tujuan pengiriman artikel redaksi. Artikel dikirim atas nama pengguna yang Anda pakai untuk menghubungkan situs.
settings-site-as = sebagai { $user }
settings-site-remove-label = Hapus { $url }
settings-no-sites = Belum ada situs yang terhubung.
settings-site-connect-title = Hubungkan situs WordPress
settings-site-help = Di WordPress, buat Kata Sandi Aplikasi melalui Pengguna → Profil → Kata Sandi Aplikasi, lalu tempelkan di sini beserta alamat situs dan nama pengguna Anda. Sunting mengujinya ke situs, lalu menyimpannya di penyimpanan kata sandi sistem, tidak pernah di basis data Sunting.
settings-site-url = Alamat situs
settings-site-user = Nama pengguna
settings-site-user-placeholder = Nama pengguna WordPress
settings-site-password = Kata Sandi Aplikasi
settings-site-connect = Hubungkan
settings-site-incomplete = Isi alamat situs, nama pengguna Anda, dan Kata Sandi Aplikasi
settings-site-checking = Memeriksa { $url }…
settings-site-connected = { $url } terhubung sebagai { $user }
settings-site-remove-title = Hapus { $url }?
settings-site-remove-message = Kata sandinya dihapus dari penyimpanan kata sandi sistem. Pos yang sudah ada di situs tetap di sana, dan riwayat ekspor tetap mencatat apa yang telah dikirim.
settings-site-removed = { $url } dihapus

## Pemeriksaan

settings-rules = Pemeriksaan
settings-rules-intro = Nonaktifkan pemeriksaan yang tidak diperlukan redaksi Anda. Perubahan langsung disimpan.
settings-rule-severity = ({ $severity ->
    [error] kesalahan
    [warning] peringatan
   *[info] catatan
    })

## Kamus redaksi

settings-dictionary = Kamus redaksi
settings-dictionary-intro = Kata yang diterima pemeriksa di semua artikel: nama lokal, merek, istilah bidang liputan.
settings-dictionary-search = Cari di kamus
settings-dictionary-new = Kata baru
settings-dictionary-add = Tambah
settings-dictionary-import-placeholder = Tempel daftar kata (satu kata per baris) untuk mengimpornya
settings-dictionary-import = Impor daftar yang ditempel
settings-dictionary-import-file = Impor berkas daftar kata
settings-dictionary-export = Ekspor daftar kata
settings-dictionary-exported = Kamus diekspor ke { $path }
settings-dictionary-imported = { $skipped ->
    [0] Impor kamus: { $added } ditambahkan, { $unchanged } sudah ada
   *[other] Impor kamus: { $added } ditambahkan, { $unchanged } sudah ada, { $skipped } baris dilewati
    }
settings-dictionary-no-match = Tidak ada kata yang cocok.
settings-dictionary-empty = Kamus masih kosong.
settings-word-added = “{ $word }” ditambahkan ke kamus
settings-word-edit = Sunting
settings-word-edit-label = Sunting { $word }
settings-word-edit-title = Sunting “{ $word }”
settings-word-edit-spelling = Ejaan
settings-word-edit-save = Simpan
settings-word-edited = “{ $word }” diganti dengan “{ $spelling }”
settings-word-remove-label = Hapus { $word }
settings-word-removed = “{ $word }” dihapus

## Daftar nama

settings-names = Daftar nama
settings-names-intro = Cara artikel tersimpan menulis nama. Konfirmasikan ejaan yang benar, dan catat nama yang hanya mirip sebagai orang yang berbeda.
settings-names-search = Cari nama
settings-names-import-placeholder = Tempel CSV daftar nama (nama,dikonfirmasi,orang_berbeda)
settings-names-import = Impor CSV yang ditempel
settings-names-import-file = Impor berkas CSV daftar nama
settings-names-export = Ekspor CSV
settings-names-exported = Daftar nama diekspor ke { $path }
settings-names-imported = { $skipped ->
    [0] Impor daftar nama: { $added } keputusan ditambahkan
   *[other] Impor daftar nama: { $added } keputusan ditambahkan, { $skipped } baris dilewati
    }
settings-names-no-match = Tidak ada nama yang cocok.
settings-names-empty = Belum ada nama. Nama dihitung saat artikel disimpan.
settings-name-counts = { $articles } artikel, dipakai { $uses } kali
settings-name-confirmed = ✓ dikonfirmasi
settings-name-confirm = Konfirmasi
settings-name-unconfirm = Batalkan konfirmasi
settings-different-add = Orang berbeda
settings-different-added = “{ $a }” dan “{ $b }” adalah orang yang berbeda
settings-different-chip = bukan { $other } ×
settings-different-chip-title = Batalkan keputusan: { $name } dan { $other } adalah orang yang berbeda
settings-different-chip-label = { $name } bukan { $other }; hapus keputusan ini
settings-different-removed = “{ $name }” dan “{ $other }” tidak lagi tercatat sebagai orang yang berbeda
settings-merge-into = Gabungkan ke…
settings-merge-title = Gabungkan “{ $variant }” ke…
settings-merge-message = Ejaan yang benar dikonfirmasi; artikel yang memakai varian ini akan ditandai dengan ejaan tersebut sebagai saran.
settings-merge-spelling = Ejaan yang benar
settings-merge = Gabungkan
settings-merged = “{ $variant }” digabungkan ke “{ $canonical }”
settings-kind-label = Jenis nama { $name }
settings-kind-person = orang
settings-kind-organisation = organisasi
settings-kind-place = tempat
settings-kind-set = { $kind ->
    [person] “{ $name }” ditandai sebagai nama orang
    [organisation] “{ $name }” ditandai sebagai nama organisasi
   *[place] “{ $name }” ditandai sebagai nama tempat
    }
settings-kind-cleared = “{ $name }” tidak lagi ditandai sebagai nama orang, organisasi, atau tempat
settings-ui-language = Bahasa antarmuka
settings-ui-language-system = Ikuti sistem
settings-text-size = Ukuran teks ({ $bigger } perbesar, { $smaller } perkecil)
settings-text-size-option = { $size }%

## Index, rules saved at once, labelled register fields

settings-index = Bagian
settings-rules-saved = Pemeriksaan disimpan dan berlaku pada pemeriksaan berikutnya
settings-different-title = Nama yang hanya mirip
settings-different-a = Nama
settings-different-b = adalah orang yang berbeda dengan
settings-kind = Jenis
