# Apa yang dikatakan baris perintah `sunting`, dalam bahasa Indonesia. Id-nya sama dengan
# en/cli.ftl; sebuah uji memeriksa bahwa keduanya memuat tepat id yang dipakai kode.
# Istilahnya mengikuti docs/GLOSSARY.md.

## Kata-kata clap sendiri, serta opsi bantuan dan versi

cli-heading-usage = Penggunaan:
cli-heading-commands = Perintah
cli-heading-arguments = Argumen
cli-heading-options = Opsi
cli-value-command = PERINTAH
cli-usage-options = OPSI
cli-help-default = bawaan
cli-help-possible-values = nilai yang dapat dipilih
cli-help-aliases = nama lain
cli-flag-help = Tampilkan bantuan
cli-flag-version = Tampilkan versi

## Galat penggunaan

cli-error-prefix = kesalahan:
cli-error-unknown-argument = argumen '{ $arg }' tidak dikenal
cli-error-unknown-command = perintah '{ $command }' tidak dikenal
cli-error-invalid-value = nilai '{ $value }' tidak berlaku untuk '{ $arg }'
cli-error-invalid-value-choose = nilai '{ $value }' tidak berlaku untuk '{ $arg }' (pilih salah satu: { $valid })
cli-error-missing-argument = argumen wajib belum diberikan: { $args }
cli-error-missing-command = perintah mana? Lihat daftar di bawah.
cli-error-conflict = '{ $arg }' tidak dapat dipakai bersama '{ $other }'
cli-error-values = jumlah nilai untuk '{ $arg }' keliru
cli-error-see-help = Untuk keterangan lebih lanjut, coba '--help'.
cli-warning = peringatan: { $warning }

## Berkas, basis data, dan folder data

cli-created-database = { $path } dibuat dengan artikel contoh
cli-no-data-folder = folder data Anda tidak ditemukan (atur HOME, atau berikan --db PATH)
cli-file-not-utf8 = { $file } bukan teks UTF-8 (bita tidak sah di posisi { $offset }); simpan sebagai UTF-8 lalu coba lagi
cli-password-prompt = Kata sandi (tidak tampil saat diketik):
cli-stdin-unreadable = masukan standar tidak dapat dibaca
cli-file-unreadable = { $file } tidak dapat dibaca
cli-file-is-folder = { $file } adalah folder, bukan berkas
cli-file-too-large = { $file } terlalu besar ({ $size } MB; batasnya { $limit } MB)
cli-input-too-large = { $file } terlalu besar (batasnya { $limit } MB)

## Status alur kerja dan tingkat temuan

cli-status-draft = draf
cli-status-editing = disunting
cli-status-ready = siap terbit
cli-status-exported = terkirim
cli-severity-error = kesalahan
cli-severity-warning = peringatan
cli-severity-info = catatan

## Perintah dan argumennya

cli-about = Baris perintah `sunting`: impor, daftar, sunting, bandingkan, pulihkan, dan ekspor artikel.
cli--db = Berkas basis data [bawaan: basis data aplikasi desktop di folder data Anda]
cli--lang-ui = Bahasa temuan pemeriksa, deskripsi pemeriksaan, dan semua yang dikatakan perintah ini: id (bahasa Indonesia) atau en [bawaan: bahasa sistem, dari LANGUAGE, LC_ALL, LC_MESSAGES, atau LANG]
cli-import-about = Impor berkas Word, halaman web, Markdown, atau teks biasa sebagai artikel baru dan cetak id setiap artikel baru.

    Berkas Word (.docx) dibaca sebagai dokumen Word (paragraf, antarjudul, kutipan, daftar, huruf tebal, miring, tautan; gaya Title menjadi judul). Berkas .html dan .htm dibaca sebagai halaman web (strukturnya dipertahankan; skrip, gaya, navigasi, dan bingkai halaman dibuang). Berkas .md dan .markdown dibaca sebagai Markdown dengan front matter bila ada. Selain itu dibaca sebagai teks biasa: baris pertama yang tidak kosong menjadi judul, blok dipisahkan baris kosong.

    Sisa halaman web (“Foto: ...”, “Baca juga: ...”, “Komentar Anda”, ajakan berbagi) dibuang dan dicantumkan di keluaran kesalahan standar (stderr), kecuali --keep-furniture diberikan. Semua berkas dibaca dan diperiksa lebih dulu: jika satu saja tidak dapat dibaca, tidak ada yang diimpor.
cli-import--files = Berkas yang diimpor (`-` membaca masukan standar sebagai teks biasa)
cli-import--author = Nama penanda revisi pertama [bawaan: $SUNTING_AUTHOR atau $USER]
cli-import--keep-furniture = Biarkan sisa halaman web di artikel (pemeriksa akan menandainya), jangan dibuang
cli-list-about = Daftar artikel, yang terbaru lebih dulu, atau cari artikel
cli-list--status = Hanya artikel dengan status ini (draft, editing, ready, exported)
cli-list--search = Hanya artikel yang judul, ringkasan, atau isinya memuat semua kata ini (yang paling cocok lebih dulu)
cli-list--limit = Paling banyak sekian artikel
cli-list--json = Cetak JSON, bukan tabel
cli-show-about = Tampilkan artikel (revisi terakhirnya, atau revisi yang diminta)
cli-show--id = Id artikel
cli-show--revision = Tampilkan revisi ini, bukan yang terakhir
cli-show--json = Cetak artikel sebagai JSON (bentuknya sama dengan `export --format json`)
cli-edit-about = Ganti judul dan isi artikel dari sebuah berkas lalu simpan sebagai revisi.

    Berkas dibaca seperti `import` membacanya. Ringkasan, penulis (byline), dateline, bahasa, dan tag dipertahankan kecuali front matter berkas Markdown mengaturnya. Menyimpan teks yang sama dengan revisi terakhir tidak menambah revisi.
cli-edit--id = Id artikel
cli-edit--file = Teks baru (teks biasa, Markdown, HTML, atau .docx; `-` untuk masukan standar)
cli-edit--note = Catatan untuk riwayat (“cek nama menteri”)
cli-edit--author = Nama penanda revisi [bawaan: $SUNTING_AUTHOR atau $USER]
cli-history-about = Daftar revisi artikel, yang terlama lebih dulu, dengan kata yang ditambahkan dan dihapus tiap revisi
cli-history--id = Id artikel
cli-history--json = Cetak JSON, bukan tabel
cli-diff-about = Tampilkan perubahan di antara dua revisi, kata demi kata dan blok demi blok.

    Tanpa revisi: revisi sebelumnya dibandingkan dengan yang terakhir. Dengan satu revisi: revisi itu dibandingkan dengan yang terakhir. Kata yang dihapus merah dan dicoret, kata yang disisipkan hijau dan bergaris bawah; tanpa warna ditampilkan sebagai [-dihapus-] dan {"{"}+disisipkan+{"}"}.
cli-diff--id = Id artikel
cli-diff--rev-a = Revisi yang lebih lama [bawaan: revisi sebelum yang terakhir]
cli-diff--rev-b = Revisi yang lebih baru [bawaan: yang terakhir]
cli-diff--json = Cetak perbandingan terstruktur sebagai JSON
cli-diff--color = Kapan memakai warna
cli-restore-about = Jadikan revisi lama sebagai yang terakhir lagi, dalam revisi baru (riwayat tidak pernah ditulis ulang)
cli-restore--id = Id artikel
cli-restore--rev = Revisi yang dipulihkan
cli-restore--author = Nama penanda revisi baru [bawaan: $SUNTING_AUTHOR atau $USER]
cli-reconcile-about = Satukan dua versi artikel (disimpan di atas revisi yang sama di dua komputer) menjadi satu revisi: pakai satu versi apa adanya, atau berikan teks gabungannya dalam berkas
cli-reconcile--id = Id artikel
cli-reconcile--keep = Versi yang dipakai (revisi yang disebut `sunting show` di antara versinya)
cli-reconcile--file = Teks gabungan (dibaca seperti `edit` membacanya; `-` untuk masukan standar)
cli-reconcile--note = Catatan untuk riwayat
cli-reconcile--author = Nama penanda revisi baru [bawaan: $SUNTING_AUTHOR atau $USER]
cli-status-about = Pindahkan artikel ke status alur kerja lain (draft, editing, ready, exported). Perpindahan dicatat bersama siapa yang memindahkan dan catatannya, dan tampil di riwayat aplikasi desktop
cli-status--id = Id artikel
cli-status--status = Status baru
cli-status--note = Alasannya (disimpan di catatan; aplikasi desktop memintanya bila masih ada kesalahan)
cli-status--author = Siapa yang memindahkan (bawaan: $SUNTING_AUTHOR atau nama login Anda)
cli-export-about = Ekspor artikel ke berkas (atau keluaran standar) sebagai Markdown, HTML, JSON Sunting, atau IPTC ninjs 2.1 (orang, organisasi, dan tempat dari jenis di daftar nama), atau kirim ke situs WordPress.

    Ke WordPress: tulisan dibuat pada ekspor pertama dan diperbarui sesudahnya; kategori hanya dipilih dari daftar situs (kecuali --create-categories) dan tag artikel dibuat di situs bila belum ada; artikel ditandai terkirim. Kata sandinya SUNTING_WP_PASSWORD atau yang tersimpan di keyring (lihat `sunting site add`). Yang belum sampai ke situs setelah tiga kali coba masuk antrean: `sunting export --send-queued` mengirim antrean (aplikasi desktop juga mengirimnya sendiri).
cli-export--id = Id artikel
cli-export--format = Format berkas
cli-export--out = Tulis ke sini, bukan ke keluaran standar (diganti secara atomik)
cli-export--revision = Ekspor revisi ini, bukan yang terakhir
cli-export--to = Kirim ke CMS, bukan menulis berkas
cli-export--site = Alamat situs (https://kabar.example)
cli-export--user = Pengguna WordPress yang menerbitkan
cli-export--status = Status tulisan di situs
cli-export--category = Kategori tulisan, dari daftar situs (ulangi untuk kategori lain)
cli-export--create-categories = Buat kategori yang belum ada di situs (tanpa ini, kategori yang tidak dikenal menghentikan ekspor sebelum apa pun dikirim)
cli-export--send-queued = Kirim semua ekspor dalam antrean sekarang
cli-export--author = Nama yang dicatat untuk ekspor [bawaan: $SUNTING_AUTHOR atau $USER]
cli-export--note = Catatan yang disimpan riwayat bersama perpindahan ke terkirim (mengapa dikirim apa adanya)
cli-check-about = Periksa ejaan, salah ketik, nama, gaya selingkung, tanggal, bahasa, dan sisa halaman web dalam teks.

    Setiap berkas adalah satu artikel: paragraf dipisahkan baris kosong. Tanpa berkas, atau dengan `-`, masukan standar dibaca. Kode keluar: 0 bila tidak ada temuan tingkat kesalahan, 1 bila ada, 2 untuk kesalahan penggunaan atau masukan. Kamus redaksi dan daftar nama dibaca dari basis data bila --db atau SUNTING_DB diberikan, atau bila basis data bawaan ada. Temuan dan deskripsi pemeriksaan disampaikan dalam bahasa antarmuka (--lang-ui).
cli-check--files = Berkas yang diperiksa (`-` untuk masukan standar)
cli-check--lang = Bahasa teks: kenali per paragraf (auto), atau periksa semuanya sebagai id atau en
cli-check--format = Keluaran untuk dibaca orang (text), satu dokumen JSON (json), atau satu objek JSON per baris (jsonl)
cli-check--input = Masukan: berkas utuh (text), atau satu objek JSON per baris {"{"}"id": ..., "text": ...{"}"} (jsonl)
cli-check--year = Tahun artikel, untuk memeriksa nama hari (“Selasa (1/8)”)
cli-check--min-severity = Laporkan hanya temuan pada tingkat ini atau di atasnya
cli-check--color = Kapan memakai warna dalam keluaran teks
cli-check--disable = Matikan pemeriksaan (id pemeriksaan dipisahkan koma; lihat --list-rules)
cli-check--list-rules = Daftar pemeriksaan dengan kategori, tingkat, dan deskripsinya, lalu keluar
cli-lsp-about = Server bahasa (language server) untuk Markdown dan teks biasa lewat masukan dan keluaran standar (Neovim, Helix, Zed, VS Code): diagnosis seiring teks berubah, serta tindakan kode untuk mengganti, menambah kata ke kamus redaksi, atau menetapkan ejaan nama.
cli-serve-about = Menyediakan pemeriksaan Sunting lewat API HTTP LanguageTool (v2), untuk LibreOffice, pengaya peramban LanguageTool, Obsidian, dan penyunting lain yang memakainya. Kamus dan daftar nama redaksi diambil dari basis data dan dibaca ulang bila berubah. Hanya melayani komputer ini kecuali --bind berkata lain, dan itu pun hanya dengan token (--token-file atau SUNTING_SERVE_TOKEN).
cli-serve--port = Port yang didengarkan
cli-serve--bind = Alamat yang didengarkan (127.0.0.1: komputer ini saja; 0.0.0.0: jaringan, dengan token)
cli-serve--token-file = Berkas berisi token yang harus diberikan klien (sebagai kunci API, atau Authorization: Bearer); SUNTING_SERVE_TOKEN juga bisa
cli-serve--origins = Asal halaman web yang boleh memanggil server dari peramban (boleh berulang), misalnya asal pengaya peramban
cli-serve--workers = Berapa permintaan yang dilayani sekaligus [bawaan: jumlah inti prosesor]
cli-serve--time-limit = Berapa lama satu pemeriksaan boleh berjalan sebelum klien diminta mengirim teks yang lebih pendek
cli-serve--allow-dictionary-writes = Izinkan klien di luar komputer ini menambah dan menghapus kata kamus redaksi
cli-serve-listening = Melayani API LanguageTool di { $address } (Ctrl+C untuk berhenti)
cli-words-about = Kamus redaksi: kata yang diterima pemeriksa di setiap artikel
cli-words-add-about = Tambahkan kata
cli-words-add--words = Kata-katanya
cli-words-remove-about = Hapus kata
cli-words-remove--words = Kata-katanya
cli-words-list-about = Daftar kata, satu per baris
cli-words-import-about = Tambahkan setiap kata dari daftar kata UTF-8 (satu kata per baris; baris yang diawali # dilewati)
cli-words-import--file = Daftar kata
cli-names-about = Daftar nama: cara artikel tersimpan mengeja nama, dan keputusan penyunting tentangnya
cli-names-list-about = Daftar ejaan dengan jumlah artikel yang memakainya, yang paling sering lebih dulu
cli-names-list--json = Cetak JSON
cli-names-confirm-about = Tetapkan sebuah ejaan sebagai yang benar (tidak pernah ditandai)
cli-names-confirm--name = Ejaannya
cli-names-different-about = Catat bahwa dua ejaan yang mirip adalah orang atau lembaga yang berbeda
cli-names-different--a = Ejaan pertama
cli-names-different--b = Ejaan lainnya
cli-names-kind-about = Tentukan jenis nama, untuk orang, organisasi, dan tempat dalam ekspor ninjs
cli-names-kind--name = Ejaannya
cli-names-kind--kind = Jenisnya
cli-site-about = Situs CMS tujuan ekspor artikel. Kata sandi disimpan di keyring sistem operasi, tidak pernah di basis data
cli-site-add-about = Hubungkan situs WordPress: alamat dan Application Password diperiksa, lalu kata sandinya disimpan di keyring. Kata sandi dibaca dari SUNTING_WP_PASSWORD atau baris pertama masukan standar (sehingga tidak pernah tampil di daftar proses atau riwayat shell)
cli-site-add--url = Alamat situs (https://kabar.example)
cli-site-add--user = Pengguna WordPress yang menerbitkan
cli-site-add--no-check = Simpan situs meskipun sekarang tidak dapat dihubungi
cli-site-list-about = Daftar situs yang terhubung
cli-site-remove-about = Lupakan situs dan kata sandinya (catatan ekspor tetap ada)
cli-site-remove--url = Alamat situs
cli-site-remove--user = Penggunanya

## Yang dikatakan perintah

cli-import-furniture-removed = { $file }: { $count } blok sisa halaman web dibuang: { $blocks }
cli-import-unreadable = { $reason }; tidak ada yang diimpor
cli-list-forked = [2 versi: lihat `sunting show`]
cli-list-empty = Tidak ada artikel.
cli-list-column-id = ID
cli-list-column-status = STATUS
cli-list-column-language = BHS
cli-list-column-words = KATA
cli-list-column-updated = DIPERBARUI
cli-list-column-headline = JUDUL
cli-show-forked = Artikel ini punya { $count } versi yang disimpan di atas revisi yang sama (revisi { $revisions }); kedua teks disimpan. Padukan dengan `sunting reconcile` (pakai satu, atau berikan teks gabungannya) atau di aplikasi.
cli-show-unsaved = (Perubahan yang belum disimpan, tersimpan otomatis { $saved }, tidak ditampilkan; simpan di aplikasi.)
cli-show-article = Artikel { $id }
cli-show-revision = revisi { $revision } dari { $count }
cli-show-language = bahasa { $language }
cli-show-words = { $count } kata
cli-show-updated = diperbarui { $time }
cli-show-byline = Penulis
cli-show-dateline = Dateline
cli-show-tags = Tag
cli-edit-saved = Revisi { $revision } artikel { $id } disimpan (+{ $added } -{ $removed } kata)
cli-edit-unchanged = Tidak ada perubahan: revisi { $revision } artikel { $id } sudah berisi teks ini
cli-edit-unreadable = { $reason }; artikel tidak diubah
cli-history-column-revision = REV
cli-history-column-uuid = ID
cli-history-column-saved = DISIMPAN
cli-history-column-author = PENULIS
cli-history-column-added = DITAMBAH
cli-history-column-removed = DIHAPUS
cli-history-column-note = CATATAN
cli-history-restored = memulihkan revisi { $revision }
cli-history-sample = artikel contoh
cli-history-created = artikel baru
cli-history-imported = diimpor
cli-history-imported-from = diimpor dari { $file }
cli-history-sent = revisi { $revision } dikirim ke { $site } (pos { $post })
cli-diff-heading = Artikel { $id }: revisi { $from } → { $to }
cli-reconcile-saved = Revisi { $revision } artikel { $id } disimpan, menyatukan { $count } versinya (revisi { $revisions })
cli-reconcile-no-fork = artikel { $id } hanya punya satu versi: tidak ada yang perlu dipadukan
cli-reconcile-not-a-version = revisi { $revision } bukan salah satu versi yang perlu dipadukan (revisi { $revisions })
cli-restore-restored = Revisi { $from } artikel { $id } dipulihkan sebagai revisi { $revision }
cli-restore-unchanged = Tidak ada perubahan: revisi terakhir ({ $revision }) sudah sama dengan revisi { $from }
cli-status-moved = Artikel { $id } kini berstatus { $status }
cli-export-which-article = artikel yang mana? berikan id-nya
cli-export-format-or-to = berikan --format atau --to
cli-export-written = Artikel { $id } diekspor ke { $file }
cli-export-progress = artikel { $id }, percobaan { $attempt } dari { $attempts }: { $message }
cli-export-site-and-user = --to wordpress memerlukan --site dan --user
cli-export-sent-created = Revisi { $revision } artikel { $id } dikirim ke { $site }: tulisan { $post } dibuat ({ $status }) { $link }
cli-export-sent-updated = Revisi { $revision } artikel { $id } dikirim ke { $site }: tulisan { $post } diperbarui ({ $status }) { $link }
cli-export-queued = artikel { $id } belum sampai di { $site }: { $reason }; artikel masuk antrean (kirim dengan `sunting export --send-queued`)
cli-export-failed = artikel { $id } tidak terkirim ke { $site }: { $reason }
cli-export-newer-than-approved = artikel { $id } tidak dikirim: { $approver } menyetujui revisi { $approved }, lalu { $changers } menyimpan sesudahnya (yang terbaru revisi { $latest }). Kirim yang disetujui dengan `--revision { $approved }`, atau yang terbaru dengan `--revision { $latest }`
cli-export-queue-sent = Artikel { $id } terkirim: tulisan { $post } { $link }
cli-export-still-queued = artikel { $id } masih dalam antrean: { $reason }
cli-export-left-queue = artikel { $id } tidak terkirim dan dikeluarkan dari antrean: { $reason }
cli-export-nothing-queued = Antrean kosong
cli-export-unsent = { $unsent } dari { $count } ekspor dalam antrean tidak terkirim
cli-check-errors-found = ada kesalahan
cli-check-unknown-rule = pemeriksaan '{ $rule }' tidak dikenal (lihat sunting check --list-rules)
cli-check-unknown-language = bahasa '{ $language }' tidak dikenal (pakai auto, id, atau en)
cli-check-rule-failed = pemeriksaan { $rule } terhenti pada artikel ({ $reason }); temuannya tidak ada, temuan lain ditampilkan
cli-check-rule-failed-block = pemeriksaan { $rule } terhenti pada blok { $block } ({ $reason }); temuannya tidak ada, temuan lain ditampilkan
cli-check-jsonl-files = --input jsonl membaca masukan standar; jangan sebutkan berkas
cli-check-jsonl-line = baris { $line }: seharusnya {"{"}"id": ..., "text": ...{"}"}
cli-words-added = ditambahkan: { $word }
cli-words-already-there = sudah ada: { $word }
cli-words-removed = dihapus: { $word }
cli-words-not-there = tidak ada: { $word }
cli-words-imported = { $count } kata ditambahkan
cli-names-confirmed-mark = ditetapkan
cli-names-confirmed = { $name } ditetapkan
cli-names-different-recorded = { $a } dan { $b } dicatat sebagai berbeda
cli-names-kind-set = { $name } berjenis { $kind }
cli-names-kind-cleared = { $name } tidak berjenis
cli-site-no-password = tidak ada kata sandi: berikan Application Password situs di masukan standar atau di SUNTING_WP_PASSWORD
cli-site-cannot-connect = tidak dapat terhubung ke { $url } sebagai { $user }
cli-site-connected = Terhubung ke { $url } sebagai { $name }
cli-site-unknown = tidak ada situs { $url } dengan pengguna { $user }
cli-site-removed = { $url } dihapus

## Server redaksi dan sinkronisasi

cli-server-about = Siapkan server redaksi di PostgreSQL: skemanya dan orang-orangnya
cli-server-init-about = Buat (atau mutakhirkan) skema Sunting di basis data PostgreSQL. Jalankan sebagai administrator redaksi; kata sandinya SUNTING_PG_PASSWORD atau yang ada di alamat
cli-server-init--url = Alamat basis data (postgres://admin@db.kabar.example/redaksi; memakai TLS kecuali sslmode=disable)
cli-server-add-user-about = Beri seseorang akun di server redaksi, dengan hak penyunting atau reporter. Kata sandinya SUNTING_NEW_USER_PASSWORD atau baris pertama masukan standar (paling sedikit 12 karakter)
cli-server-add-user--role = Nama login (peran PostgreSQL)
cli-server-add-user--server = Alamat basis data, sebagai administrator
cli-server-add-user--name = Nama yang dilihat orang lain [bawaan: nama login]
cli-server-add-user--rights = Penyunting memindahkan artikel di seluruh alur kerja, mengurus kamus redaksi dan daftar nama, dan dapat mengambil alih artikel; reporter menulis dan menyunting draf
cli-sync-about = Komputer ini dan server redaksinya: bergabung, sinkronkan, lihat keadaannya
cli-sync-init-about = Bergabung ke server redaksi: alamat dan kata sandi diperiksa, kata sandi disimpan di keyring, lalu arsip komputer ini dikirim sekali dan arsip redaksi diambil. Kata sandinya SUNTING_PG_PASSWORD atau baris pertama masukan standar
cli-sync-init--url = Alamat server dengan login Anda (postgres://ayu@db.kabar.example/redaksi; memakai TLS kecuali sslmode=disable)
cli-sync-now-about = Kirim yang menunggu dan ambil tulisan orang lain, sekarang
cli-sync-status-about = Tampilkan server, yang menunggu dikirim, sinkronisasi terakhir, dan artikel yang punya dua versi untuk dipadukan
cli-who-about = Siapa sedang menyunting artikel apa (menurut server redaksi)
cli-server-weak-password = kata sandi baru terlalu pendek: paling sedikit 12 karakter
cli-server-current = { $server } sudah mutakhir (skema { $version })
cli-server-initialised = { $server } sudah disiapkan: skema { $from } → { $to }
cli-server-user-added = { $role } kini dapat login, sebagai { $rights }
cli-sync-not-joined = komputer ini belum bergabung ke server redaksi: jalankan `sunting sync init URL` dulu
cli-sync-progress = { $sent } terkirim, { $left } menunggu
cli-sync-joining = Bergabung ke { $server }: { $waiting } perubahan dari arsip komputer ini akan dikirim
cli-sync-done = Tersinkron: { $sent } perubahan dikirim, { $revisions } revisi diambil
cli-sync-password-kept = Kata sandi disimpan di keyring sistem operasi komputer ini.
cli-sync-password-not-kept = Tidak ada keyring sistem operasi di komputer ini: kata sandi tidak disimpan; berikan lewat SUNTING_PG_PASSWORD setiap kali.
cli-sync-skipped = { $count } perubahan dari server tidak dapat dibaca komputer ini dan dilewati (lihat `sunting sync status`)
cli-sync-no-keyring = tidak ada keyring untuk menyimpan kata sandi redaksi ({ $reason }): nyalakan keyring desktop (GNOME Keyring atau KWallet), atau isi SUNTING_PG_PASSWORD, yang lalu dibaca setiap sinkronisasi
cli-sync-no-password = keyring tidak menyimpan kata sandi redaksi untuk { $server }: jalankan `sunting sync init` lagi, atau isi SUNTING_PG_PASSWORD
cli-sync-refused = server menolak { $count } perubahan: { $reason }
cli-sync-status-server = Server: { $server }
cli-sync-status-waiting = Menunggu dikirim: { $count }
cli-sync-status-last = Sinkronisasi terakhir: { $time }
cli-sync-status-never = Belum pernah disinkronkan
cli-sync-status-error = Masalah terakhir: { $error }
cli-sync-status-fork = Artikel { $id } punya { $heads } versi untuk dipadukan: { $headline }
cli-who-nobody = Tidak ada yang sedang menyunting artikel.
cli-who-editing = { $name } menyunting sejak { $since }: { $article }
