# Penyuntingan: kolom artikel, isi dan bilah alatnya, penyimpanan, simpan otomatis, pemulihan
# salinan kerja, status alur kerja.

editor-title = Penyuntingan artikel
editor-untitled = Tanpa judul
editor-cancel = Batal

## Kolom

editor-headline = Judul
editor-headline-placeholder = Judul
editor-standfirst = Ringkasan
editor-standfirst-placeholder = Satu atau dua kalimat di bawah judul
editor-byline = Penulis (byline)
editor-byline-placeholder = Wartawan
editor-dateline = Dateline
editor-dateline-placeholder = Jakarta
editor-tags = Tag
editor-tags-placeholder = transportasi, Semarang
editor-language = Bahasa
editor-language-unset = Belum ditentukan
editor-status = Status
editor-body = Isi

## Kepala layar dan bilah status

editor-library = ← Pustaka
editor-library-title = Pustaka ({ $keys })
editor-history = Riwayat
editor-history-title = Riwayat ({ $keys })
editor-publish = Terbitkan…
editor-publish-title = Kirim ke situs atau ekspor ke berkas ({ $keys })
editor-save = Simpan
editor-save-with-note = Simpan dengan catatan…
editor-save-note-title = Simpan revisi dengan catatan untuk riwayat ({ $keys })
editor-save-title = Simpan revisi ({ $keys })
editor-keys = { $save } simpan · { $note } simpan dengan catatan · { $history } riwayat · { $publish } terbitkan · { $library } pustaka
editor-word-count = { $words } kata · { $minutes } menit
editor-revision = Revisi { $number }
editor-unsaved = Perubahan belum disimpan
editor-kept-safe = Perubahan belum disimpan · diamankan pada { $time }
editor-not-kept-safe = Perubahan belum disimpan · gagal diamankan
editor-recovered = Salinan kerja yang belum disimpan dari { $time } dipulihkan (berawal dari revisi { $revision }).
editor-discard-recovered = Buang

## Penyimpanan

editor-save-dialog-title = Simpan revisi
editor-save-dialog-message = Catatan memudahkan Anda menemukan versi ini di riwayat nanti.
editor-save-note = Catatan (opsional)
editor-save-note-placeholder = mis. nama menteri sudah diperiksa
editor-saved = Revisi { $number } disimpan
editor-no-changes = Tidak ada perubahan sejak revisi { $number }
editor-not-saved = Gagal disimpan

## Status alur kerja

editor-ready-title = Tandai siap terbit meski { $count } kesalahan belum diselesaikan?
editor-ready-message = Panel Tinjauan masih memuat masalah berikut. Jelaskan mengapa artikel ini tetap bisa terbit; catatan itu disimpan di riwayat.
editor-ready-note = Alasan tetap terbit (wajib)
editor-ready-note-placeholder = mis. ejaan nama menteri sudah dipastikan lewat telepon
editor-ready-confirm = Tandai siap terbit
editor-ready-title-names = { $count ->
        [one] Tandai siap terbit meski ada nama yang ditulis dengan dua cara?
       *[other] Tandai siap terbit meski { $count } nama ditulis dengan dua cara?
    }
editor-ready-message-names = Artikel ini menulis nama dengan dua cara. Pastikan ejaannya ke narasumber atau daftar nama, atau jelaskan mengapa artikel ini tetap bisa terbit; catatan itu disimpan di riwayat.
editor-ready-refused = Tidak ditandai siap terbit: catatan wajib diisi selama panel Tinjauan masih memuat masalah ini
# $status adalah label status (common.ftl).
editor-status-changed = Status diubah menjadi { $status }
editor-status-changed-with-note = Status diubah menjadi { $status } (dengan catatan)

## Bilah alat dan tautan

editor-toolbar = Format teks
editor-tool-title = { $name } ({ $keys })
editor-format-bold = Tebal
editor-format-italic = Miring
editor-format-link = Tautan
editor-format-paragraph = Paragraf
editor-format-crosshead = Antarjudul
editor-format-subhead = Antarjudul kecil
editor-format-quote = Kutipan
editor-format-bullet = Daftar berbutir
editor-format-numbered = Daftar bernomor
editor-format-undo = Urungkan
editor-format-redo = Ulangi
editor-format-link-label = Tautan
editor-link-dialog-title = Tautan
editor-link-address = Alamat (https://…)
editor-link-add = Tambahkan tautan
editor-paste-too-large = Tidak ditempel: teks itu berisi { NUMBER($millions, minimumFractionDigits: 1, maximumFractionDigits: 1) } juta karakter, lebih dari yang dapat dimuat satu artikel (paling banyak 1 juta karakter sekaligus). Tempel sebagian demi sebagian, atau simpan sebagai berkas lalu impor dari pustaka.
editor-details = Penulis, dateline, tag
editor-details-empty = belum diisi
# The headline in the toolbar once the editor has scrolled into the body.
editor-compact-title = Kembali ke judul dan ringkasan
