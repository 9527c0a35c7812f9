# Dialog terbitkan: pengiriman ke situs WordPress, antrean, ekspor ke berkas, riwayat ekspor.

publish-title = Terbitkan “{ $headline }”
publish-unsaved = Perubahan yang belum disimpan akan disimpan sebagai revisi sebelum apa pun dikirim atau diekspor.
publish-keys = Esc tutup · pos hanya dikirim lewat tombol Kirim
publish-close = Tutup

## Pengiriman ke situs

publish-send-title = Kirim ke situs
publish-site = Situs
publish-post-status = Status pos
publish-status-draft = Draf
publish-status-pending = Menunggu tinjauan
publish-status-publish = Terbit
publish-categories = Kategori (pisahkan dengan koma)
publish-send = Kirim
publish-no-sites = Belum ada situs yang terhubung. Hubungkan situs WordPress di pengaturan dengan Kata Sandi Aplikasi.
publish-open-settings = Buka Pengaturan
publish-removed-site = situs yang sudah dihapus
publish-saving = Menyimpan perubahan Anda sebagai revisi…
publish-sending = Mengirim ke { $url }…
publish-progress-attempt = { $message } (percobaan { $attempt } dari { $attempts })
publish-not-saved-send = Tidak ada yang dikirim: perubahan Anda tidak dapat disimpan.
publish-send-error = Tidak ada yang dikirim: { $reason }
publish-sent-created = Revisi { $revision } terkirim: pos { $post } dibuat.
publish-sent-updated = Revisi { $revision } terkirim: pos { $post } diperbarui.
publish-link-label = Alamat pos
publish-copy-link = Salin tautan
publish-failed = Tidak terkirim: { $reason }
publish-no-longer-queued = ekspor tidak lagi ada dalam antrean
publish-queued = Dalam antrean: belum terkirim ke { $url } ({ $reason }).
publish-queued-retry = Artikel akan dikirim begitu situs kembali merespons. Sunting akan mencoba sendiri (berikutnya sekitar { $time }), atau tekan Kirim sekarang.
publish-send-now = Kirim sekarang
publish-cancel-queued = Batalkan
publish-queue-cancelled = Dikeluarkan dari antrean: artikel tidak dikirim ke { $url }.

## Ekspor ke berkas

# The ninjs button: IPTC's JSON format for news, named by what it is for.
publish-format-ninjs = Untuk kantor berita (ninjs)
publish-file-title = Ekspor ke berkas
publish-not-saved-export = Tidak ada yang diekspor: perubahan Anda tidak dapat disimpan.
publish-written = Disimpan ke { $path }
publish-export-error = Tidak diekspor: { $reason }

## Keberadaan artikel

publish-where-title = Status di situs
publish-where-sent = pos { $post }, revisi { $revision } dikirim { $time }
publish-where-queued = menunggu dalam antrean ({ $status })
publish-where-queued-categories = menunggu dalam antrean ({ $status }; { $categories })
publish-where-none = Belum ada di situs mana pun.

## Riwayat ekspor

publish-log-title = Riwayat ekspor
publish-log-empty = Belum ada yang diekspor.
publish-log-time = Waktu
publish-log-target = Tujuan
publish-log-revision = Revisi
publish-log-outcome = Hasil
publish-log-message = Pesan
publish-outcome-sent = terkirim
publish-outcome-queued = dalam antrean
publish-outcome-failed = gagal

## Pemeriksaan sebelum terbit

publish-gate-title = Sebelum dikirim
publish-gate-message = Artikel ini akan dikirim sebagai { $status }. Periksa dulu:
publish-gate-errors = Masih ada { $count } kesalahan dalam artikel
publish-gate-no-standfirst = Ringkasan di bawah judul masih kosong
publish-gate-long-headline = Judul terdiri atas { $length } karakter; situs berita biasanya memotong judul setelah { $limit } karakter
publish-gate-long-headline-site = Judul terdiri atas { $length } karakter; judul di situs ini biasanya tidak lebih dari { $limit } karakter (diukur pada { $measured } tulisan terbit terakhir)
publish-gate-note = Alasan tetap dikirim (disimpan di riwayat)
publish-gate-note-placeholder = mis. nama sudah dicek ke redaksi, ringkasan menyusul
publish-gate-cancel = Kembali dan perbaiki
publish-gate-confirm = Tetap kirim
publish-gate-refused = Tidak ada yang dikirim: mengirim dengan masalah ini memerlukan catatan.
publish-gate-cancelled = Tidak ada yang dikirim.

## Kategori dari daftar situs sendiri

publish-create-categories = Buat kategori yang belum ada di situs
publish-categories-unknown = Situs tidak punya kategori { $names }: pilih dari daftarnya, atau centang kotak di atas untuk membuatnya.
publish-categories-will-create = Akan dibuat di situs: { $names }
publish-categories-unreadable = Kategori situs tidak dapat dibaca ({ $reason }); kategori diperiksa saat pos dikirim.
publish-revision-title = Ada revisi yang lebih baru daripada yang disetujui
publish-revision-message = { $approver } menyetujui revisi { $approved } saat menandainya Siap, lalu { $changers } menyimpan sesudahnya (yang terbaru revisi { $latest }). Revisi mana yang dikirim?
publish-revision-approved = Kirim revisi { $approved } yang disetujui
publish-revision-latest = Kirim revisi { $latest }, yang terbaru
