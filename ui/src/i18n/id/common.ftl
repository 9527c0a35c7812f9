# Kata yang dipakai semua layar: status alur kerja, bahasa, tingkat temuan.

status-draft = Draf
status-editing = Disunting
status-ready = Siap terbit
status-exported = Terkirim

language-id = Bahasa Indonesia
language-en = Bahasa Inggris
language-ms = Bahasa Melayu
language-jv = Bahasa Jawa
language-su = Bahasa Sunda
