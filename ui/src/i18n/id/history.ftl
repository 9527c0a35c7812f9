# Riwayat: daftar revisi, perubahan status, perbandingan dua revisi.

history-title = Riwayat
history-heading = Riwayat: { $headline }
history-back = ← Artikel
history-back-title = Kembali ke artikel (Esc)
history-keys = Esc artikel · Tab ke tombol pilihan, ↑↓ untuk memilih · { $library } pustaka
history-revisions = Daftar revisi
history-column-from = Dari
history-column-to = Ke
history-column-revision = Revisi
history-inserted = ditambahkan
history-deleted = dihapus

## Baris

history-revision = Revisi { $number }
# $label adalah label status dari common.ftl ($status berisi kodenya).
history-status-marked = Status diubah menjadi { $label }
history-restored-from = Memulihkan revisi { $number }
history-event-sample = Artikel contoh
history-event-created = Artikel baru
history-event-imported = Diimpor
history-event-imported-from = Diimpor dari { $file }
history-event-sent = Revisi { $revision } dikirim ke { $site } (pos { $post })
history-event-sent-as = Revisi { $revision } dikirim ke { $site } sebagai { $status } (pos { $post })
history-compare-from = Bandingkan dari revisi { $number }
history-compare-to = Bandingkan dengan revisi { $number }
history-added-title = kata ditambahkan
history-removed-title = kata dihapus
history-restore = Pulihkan
history-restore-title = Jadikan revisi { $number } sebagai versi terbaru lagi

## Perbandingan

history-one-revision = Baru ada satu revisi: simpan sekali lagi untuk membandingkan versi.
history-compare-range = Revisi { $from } → revisi { $to }
history-pick-two = Pilih dua revisi yang berbeda untuk dibandingkan.
history-field-headline = Judul
history-field-standfirst = Ringkasan
history-field-byline = Penulis (byline)
history-field-dateline = Dateline
history-field-language = Bahasa
history-field-tags = Tag
history-body = Isi
history-empty-bodies = Isi kedua versi kosong.
history-words-added = { $count } kata ditambahkan
history-words-removed = { $count } kata dihapus
history-no-words-changed = Tidak ada kata yang berubah
history-unchanged-blocks = { $count } blok tidak berubah
history-formatting-changed = format berubah
# $kind adalah salah satu jenis blok di bawah.
history-block-new = { $kind } baru
history-block-removed = { $kind } dihapus
history-block-moved = dipindahkan dari posisi { $from } ke { $to }
history-kind-paragraph = paragraf
history-kind-heading = { $level ->
        [2] antarjudul
        [3] antarjudul kecil
       *[other] antarjudul tingkat { $level }
    }
history-kind-quote = kutipan
history-kind-numbered = butir daftar bernomor
history-kind-bullet = butir daftar berbutir
