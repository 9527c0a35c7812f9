# Yang dikatakan Sunting ketika sesuatu gagal, dalam bahasa Indonesia. Id-nya sama dengan
# i18n/en/errors.ftl; sebuah uji menjaga keduanya tepat berisi id yang dipakai kode.

## Arsip (basis data SQLite)
store-no-article = tidak ada artikel dengan id { $id }
store-no-revision = artikel { $id } tidak punya revisi { $revision } (revisinya { $count })
store-newer-schema = { $path } dibuat oleh Sunting versi yang lebih baru (skema { $found }; versi ini hanya mengenal sampai { $supported }); perbarui Sunting untuk membukanya
store-not-sunting = { $path } bukan basis data Sunting
store-locked = basis data sedang dikunci program lain (apakah Sunting terbuka di tempat lain?); coba lagi setelah selesai
store-read-only = basis data hanya dapat dibaca; tidak ada yang disimpan
store-disk-full = disk penuh; tidak ada yang disimpan (kosongkan sebagian ruang lalu simpan lagi)
store-cannot-open = basis data di { $path } tidak dapat dibuka: { $reason }
store-damaged = teks tersimpan artikel { $id } revisi { $revision } rusak ({ $detail }); pulihkan revisi lain
store-write-failed = disk menolak menulis basis data ({ $detail }); tidak ada yang disimpan. Jika disk penuh, kosongkan sebagian ruang lalu coba lagi
store-too-many-blocks = artikel ini berisi { $count } paragraf, lebih banyak daripada yang disunting Sunting dalam satu artikel ({ $limit }); tidak ada yang disimpan, pecah menjadi beberapa artikel
store-too-much-text = artikel ini berisi { $size } MB teks, lebih banyak daripada yang disunting Sunting dalam satu artikel ({ $limit } MB); tidak ada yang disimpan, pecah menjadi beberapa artikel
store-not-a-site-address = “{ $url }” bukan alamat situs; alamat harus diawali https:// (atau http:// di komputer ini)
store-site-without-user = situs memerlukan nama pengguna untuk menerbitkan
store-no-site = tidak ada situs { $id }
store-damaged-sync-record = catatan sinkronisasi ({ $what }) rusak: { $detail }
store-database = kesalahan basis data: { $detail }

## Mengimpor berkas
import-too-large = { $file } berukuran { $size } MB, lebih besar daripada yang diimpor Sunting sebagai satu artikel ({ $limit } MB)
import-not-utf8 = { $file } bukan teks UTF-8 (bita rusak pertama di baris { $line }); simpan sebagai UTF-8 lalu coba lagi
import-too-many-blocks = { $file } berisi { $count } paragraf, lebih banyak daripada yang disunting Sunting dalam satu artikel ({ $limit }); pecah menjadi beberapa berkas
import-empty = { $file } tidak berisi teks untuk diimpor
import-docx-not-zip = { $file } bukan dokumen Word (.docx); simpan berkas .doc lama sebagai .docx dulu
import-docx-not-word = { $file } arsip zip tetapi bukan dokumen Word (tidak ada word/document.xml)
import-docx-too-large = { $file } mengembang menjadi lebih dari { $limit } MB XML, lebih banyak daripada isi satu artikel
import-docx-damaged = { $file } dokumen Word yang rusak ({ $detail })

## Penyimpanan kata sandi sistem (keyring)
keyring-missing = penyimpanan kata sandi sistem tidak menyimpan kata sandi untuk { $entry }; tambahkan situs itu lagi dengan Kata Sandi Aplikasinya
keyring-unavailable = penyimpanan kata sandi sistem tidak tersedia ({ $reason }); jalankan penyimpanan kata sandi desktop Anda (GNOME Keyring atau KWallet), atau berikan kata sandinya kepada baris perintah lewat SUNTING_WP_PASSWORD
keyring-locked = penyimpanan kata sandi sistem terkunci; buka kuncinya lalu coba lagi

## Situs WordPress
site-unauthorized = situs menolak nama pengguna atau Kata Sandi Aplikasi (HTTP { $status }); periksa keduanya di pengaturan situs
site-rejected = situs menolak tulisan ini (HTTP { $status }, { $code }): { $message }
site-server = situs mengalami kesalahan internal (HTTP { $status })
site-timeout = situs tidak menjawab tepat waktu
site-unreachable = situs tidak dapat dihubungi ({ $reason })
site-unexpected = jawaban situs bukan jawaban WordPress ({ $reason })
site-not-kept = situs tidak menyimpan apa yang dikirim: { $reason }
site-not-this-articles-post = pos { $id } di situs bukan pos artikel ini (situs menaruhnya di { $link }); pos itu tidak diubah: periksa pos tersebut di situs
site-unknown-categories = situs tidak punya kategori { $names }; pilih salah satu kategorinya, atau minta kategori baru dibuat

## Mengirim ke situs
publish-sending = Mengirim ke { $site }
publish-waiting = Mencoba lagi dalam { $seconds } detik
publish-created = dibuat
publish-updated = diperbarui
publish-attempt-failed = percobaan { $attempt } dari { $attempts }: { $reason }
publish-unknown-status = ekspor dalam antrean meminta status tulisan yang tidak dikenal versi ini (“{ $status }”); tidak ada yang dikirim
publish-newer-than-approved = revisi { $latest } lebih baru daripada revisi { $approved } yang disetujui { $approver } ({ $changers } menyimpan sesudahnya); tidak ada yang dikirim: ekspor lagi dan pilih revisi yang dikirim

## Server redaksi (PostgreSQL)
sync-connect = server redaksi tidak dapat dihubungi: { $reason }
sync-not-initialised = server redaksi belum disiapkan: jalankan `sunting server init` di sana dulu
sync-newer = server redaksi disiapkan oleh Sunting yang lebih baru (skema { $found }; versi ini hanya mengenal sampai { $supported }); perbarui Sunting
sync-older = server redaksi memakai skema lama ({ $found }; versi ini memerlukan { $supported }): minta administratornya menjalankan `sunting server init` lagi
sync-refused = server redaksi menolaknya: { $reason }
sync-bad-address = “{ $address }” bukan alamat PostgreSQL: { $reason }
sync-bad-certificate = sertifikat server { $path } tidak dapat dipakai: { $reason }
sync-bad-role-name = “{ $role }” tidak dapat menjadi nama pengguna di server (1 sampai 63 karakter)
sync-schema-open-to-all = siapa pun yang dapat masuk boleh membuat objek di skema “{ $schema }” basis data ini, tempat fungsi yang ditanam dapat berjalan atas nama orang lain; sebagai pemilik basis data jalankan `REVOKE CREATE ON SCHEMA { $schema } FROM PUBLIC;`, lalu jalankan `sunting server init` lagi
sync-privileged-role = “{ $role }” adalah peran istimewa di server ini (atau milik administrator sendiri): tidak dapat menjadi orang redaksi; pilih nama lain
sync-not-a-newsroom-role = peran “{ $role }” sudah ada di server ini dan bukan orang redaksi; pilih nama lain
sync-membership-not-as-granted = “{ $role }” tidak mendapat hak { $rights } (pemberian hak lain di server memberinya lebih atau kurang); minta administrator server memeriksa keanggotaannya
sync-wrong-password = server redaksi menolak kata sandi untuk “{ $role }”: periksa, lalu berikan lagi lewat SUNTING_PG_PASSWORD atau `sunting sync init`
sync-unknown-database = server redaksi tidak punya basis data “{ $database }”: periksa nama di ujung alamat
sync-login-disabled = “{ $role }” tidak boleh masuk ke server redaksi (akunnya dinonaktifkan atau dicabut): hubungi administrator redaksi
sync-not-in-this-newsroom = “{ $role }” bukan anggota redaksi di basis data “{ $database }”: minta administratornya menambahkan Anda dengan `sunting server add-user`, atau periksa nama basis data di akhir alamat
sync-too-many-connections = server redaksi tidak punya sambungan tersisa untuk akun ini: tutup jendela Sunting lain dengan akun ini, atau coba lagi semenit lagi
sync-tls-not-offered = server redaksi tidak menawarkan TLS, dan Sunting tidak mengirim kata sandi tanpa enkripsi: minta administratornya menyalakan TLS (ssl = on)
sync-tls-not-trusted = sertifikat server redaksi tidak dipercaya ({ $reason }): tambahkan sslrootcert=BERKAS berisi otoritas sertifikat redaksi ke alamat
sync-tls-not-required = sslmode={ $mode } membiarkan kata sandi lewat tanpa enkripsi: pakai sslmode=require atau sslmode=verify-full
sync-plain-only-on-this-computer = sslmode=disable hanya untuk server di komputer ini: hapus, agar sambungan memakai TLS
sync-password-in-address = alamat ini memuat kata sandi, yang tidak disimpan Sunting di alamat: hapus, lalu berikan kata sandi lewat SUNTING_PG_PASSWORD atau masukan standar
sync-refusal-editors-only-status = hanya editor yang dapat menandai artikel siap terbit atau terkirim; statusnya kembali seperti yang dipegang redaksi
sync-refusal-editors-only-set = hanya editor yang dapat mengubah kamus, daftar nama, situs dan tulisan terkirim; perubahan di komputer ini dibatalkan
sync-refusal-other = server redaksi menolaknya: { $reason }
sync-server = kesalahan server redaksi: { $detail }

## Pemeriksaan jendela desktop sendiri
desk-import-failed = { $reason }; tidak ada yang diimpor
desk-import-no-bytes = isi berkas tidak sampai; tidak ada yang diimpor
desk-no-export-folder = tidak ada folder Unduhan atau folder rumah untuk menyimpan ekspor
desk-author-empty = nama penulis tidak boleh kosong; tidak ada yang diubah
desk-unknown-language = bahasa “{ $code }” tidak dikenal
desk-site-needs-credentials = situs memerlukan nama pengguna dan Kata Sandi Aplikasi
desk-site-cannot-connect = tidak dapat terhubung ke { $url } sebagai { $user }: { $reason }
desk-site-unreadable = { $url } tidak dapat dibaca: { $reason }
desk-out-of-step = pemeriksa dan penyunting tidak seiring; seluruh artikel dikirim lagi
desk-newsroom-address = berikan alamat server (db.kabar.example/redaksi) dan nama pengguna Anda; tidak ada yang diubah

## Berkas yang ditulis untuk penyunting (ekspor)
write-device-name = { $path } adalah nama yang dipakai Windows untuk perangkat ({ $device }); pilih nama berkas lain
write-in-use = { $path } sedang dibuka di program lain; tutup di sana lalu coba lagi
write-disk-full = disk penuh; { $path } tidak ditulis
write-not-a-file-name = { $path } bukan nama berkas
write-failed = { $path } tidak dapat ditulis: { $reason }
