# Tinjauan: panel temuan, kartu temuan, tindakan atas temuan beserta pesannya, dan label
# bahasa di setiap paragraf.

## Panel

review-title = Tinjauan
review-severity-filter = Tampilkan temuan dari tingkat ini ke atas
review-filter-all = Semua temuan
review-filter-warnings = Peringatan dan kesalahan
review-filter-errors = Hanya kesalahan
review-keys = { $next } berikutnya · { $previous } sebelumnya · { $suggestion } saran pertama · { $ignore } abaikan
review-checking = Memeriksa…
review-nothing = Tidak ada yang perlu ditinjau.
review-summary = { $count } temuan perlu ditinjau
review-failures = Beberapa pemeriksaan terhenti karena kesalahan internal sehingga tidak menemukan apa pun di sini: { $rules }. Pemeriksaan lain tetap berjalan; mohon laporkan masalah ini.
review-timing = Pemeriksaan terakhir: { $check } ms; dari ketikan sampai temuan ditandai: { $flags } ms
review-list-label = Daftar temuan
review-previous = ‹ Sebelumnya
review-next = Berikutnya ›
review-heading-errors = Kesalahan
review-heading-warnings = Peringatan
review-heading-notes = Catatan
review-count-errors = { $count } kesalahan
review-count-warnings = { $count } peringatan
review-count-notes = { $count } catatan
review-fix-all = { $suggestion } di semua { $count } tempat
review-remove-furniture = Hapus semua sisa halaman web ({ $count })
review-removed-furniture = { $count } sisa halaman web dihapus
review-fixed-all = { $count } tempat diperbaiki
review-place-headline = Judul
review-place-standfirst = Ringkasan
review-place-paragraph = ¶ { $number }

## Kategori dan tingkat temuan

review-category-name = Nama
review-category-spelling = Ejaan
review-category-nonstandard = Bentuk tidak baku
review-category-affix = Imbuhan
review-category-style = Gaya
review-category-date = Tanggal
review-category-language = Bahasa
review-category-furniture = Sisa halaman web
review-severity-info = Catatan
review-severity-warning = Peringatan
review-severity-error = Kesalahan

## Kartu dan tindakannya (nama tindakan juga dipakai untuk menyebut apa yang dibatalkan Ctrl+Z)

review-card-position = { $index } / { $total }
review-card-position-title = Urutannya di antara temuan menurut urutan F7: kesalahan dulu, lalu peringatan, lalu catatan, seperti daftar di panel Tinjauan
review-card-label = Temuan
review-suggestion-delete = Hapus
review-apply-all = Gunakan “{ $suggestion }” di seluruh artikel
review-confirm-name = “{ $name }” sudah benar
review-different-people = Orang berbeda
review-add-word = Tambahkan ke kamus redaksi
review-ignore = Abaikan
review-ignore-article = Abaikan di artikel ini
review-undo-use = Gunakan “{ $suggestion }”
review-undo-use-headline = Gunakan “{ $suggestion }” di judul
review-undo-confirm-name = Konfirmasi nama
review-undone = Dibatalkan: { $action }

## Hasil tindakan

review-changed = “{ $text }” diganti menjadi “{ $suggestion }”
review-changed-everywhere = “{ $text }” diganti menjadi “{ $suggestion }” di { $count } tempat
review-ignored-here = “{ $text }” diabaikan di sini
review-ignored-in-article = “{ $text }” tidak akan ditandai lagi di artikel ini
review-added-word = “{ $text }” ditambahkan ke kamus redaksi
review-confirmed-name = “{ $name }” kini tercatat sebagai ejaan yang benar
review-different-recorded = “{ $text }” dan “{ $other }” dicatat sebagai orang yang berbeda

## Bahasa paragraf

review-language-title = Bahasa paragraf ini
review-language-message = Paragraf ini diperiksa dalam bahasa yang dipilih. Pilih Deteksi agar bahasanya dikenali ulang secara otomatis.
review-language-detect = Deteksi
review-language-set = Bahasa paragraf ini kini ditetapkan: { $language }
review-language-detected-again = Bahasa paragraf ini kembali dideteksi secara otomatis
review-language-tag-set = { $language }, ditetapkan penyunting ({ $keys } untuk mengubah)
review-language-tag-inherited = { $language }: terlalu pendek untuk dikenali sehingga mengikuti bahasa artikel ({ $keys } untuk menetapkan)
review-language-tag-detected = { $language }, terdeteksi otomatis ({ $keys } untuk menetapkan)

## Kesalahan yang masih ada, dalam pemeriksaan sebelum Siap terbit dan sebelum dikirim

review-go-to = Ke { $place }
review-open-error = “{ $text }”: { $message }
