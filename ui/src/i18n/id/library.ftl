# Pustaka: daftar artikel, pencarian, saringan, impor.

library-title = Pustaka
library-search-placeholder = Cari di judul dan isi
library-search-label = Cari artikel
library-status-filter = Saring menurut status
library-all-statuses = Semua status
library-list-label = Artikel
library-new = Artikel baru
library-new-title = Artikel baru ({ $keys })
library-import = Impor…
library-import-title = Impor berkas Word, halaman web, Markdown, atau teks (atau jatuhkan berkas di sini)
library-settings = Pengaturan
library-settings-title = Pengaturan ({ $keys })
library-keys = { $new } baru · { $search } cari · ↑↓ pindah · Enter buka · { $paste } tempel halaman sebagai artikel baru · { $settings } pengaturan
library-count = { $count } artikel
library-found = { $count } artikel ditemukan
library-more-articles = Ditampilkan { $page } artikel yang terakhir disunting; cari atau saring untuk menemukan yang lain
library-more-matches = Ditampilkan { $page } hasil yang terakhir disunting; cari atau saring untuk menemukan yang lain
library-untitled = Tanpa judul
library-words = { $count } kata
library-revisions = rev. { $count }
library-no-match = Tidak ada artikel yang memuat semua kata ini.
library-empty = Belum ada artikel. Tekan Artikel baru untuk memulai.
# The name of an article pasted on the library (a web page, or plain text), before its extension.
library-pasted-page = Halaman tempelan
library-pasted-text = Teks tempelan

## A row for the desk chief: errors left, byline, last editor, where it went

library-open-errors = { $count } kesalahan
library-byline-title = Penulis (byline)
library-last-editor = terakhir disunting { $name }
library-sent-publish = Terbit di situs
library-sent-draft = Draf di situs
library-sent-pending = Menunggu tinjauan di situs
library-sent = Terkirim ke situs
library-sent-title = { $site }, pos { $post }
