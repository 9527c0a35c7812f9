# Jendela: kesalahan saat mulai, pemberitahuan, antrean ekspor, meninggalkan perubahan yang belum
# disimpan, artikel baru, pemulihan revisi, impor.

app-dismiss = Tutup
app-cancel = Batal
app-start-error = { $message }. Tidak ada yang diubah di { $database }.

## Pengiriman antrean ekspor di latar belakang

app-queue-sent = Ekspor dalam antrean terkirim ({ $tried }); tidak ada lagi yang menunggu
app-queue-waiting = { $tried } ekspor dalam antrean sudah dicoba; { $waiting } masih menunggu situs tujuannya bisa dihubungi

## Meninggalkan perubahan yang belum disimpan

app-leave-title = Simpan perubahan pada “{ $headline }”?
app-leave-message = Simpan perubahan sebagai revisi atau buang perubahan itu.
app-leave-message-closing = Sunting akan ditutup. Simpan perubahan sebagai revisi atau buang perubahan itu.
app-leave-discard = Jangan simpan
app-leave-save = Simpan

## Artikel baru

app-new-title = Artikel baru
app-new-headline = Judul sementara
app-new-headline-placeholder = mis. Bus listrik mulai melayani Semarang
app-new-create = Buat
app-new-no-headline = Artikel baru memerlukan judul sementara; tidak ada artikel yang dibuat.

## Pemulihan revisi

app-restore-title = Pulihkan revisi { $number }?
app-restore-message = Revisi { $number } menjadi versi terbaru. Tidak ada yang hilang: semua revisi tetap tersimpan di riwayat.
app-restore-message-unsaved = Revisi { $number } menjadi versi terbaru. Tidak ada yang hilang: semua revisi tetap tersimpan di riwayat. Perubahan yang belum disimpan akan disimpan lebih dulu sebagai revisi.
app-restore = Pulihkan
app-restored = Revisi { $number } dipulihkan sebagai revisi { $revision }

## Impor

app-import-removed = { $count } blok sisa halaman web dihapus dari { $file }:
