# Yang dikatakan pemeriksa Sunting, dalam bahasa Indonesia. Setiap pesan di sini punya
# kembarannya di ../en/checker.ftl; src/messages.rs menguji bahwa keduanya memuat tepat id yang
# dipakai kode. Argumen $language dan $article berisi kode bahasa (id, en, ms, jv, su); $weekday
# berisi kode hari (mon ... sun); $character menamai karakter tak terlihat (soft-hyphen, ...).
# Bahasa Indonesia tidak punya bentuk jamak (3 berita, 2 kali); varian [1] hanya memilih "sekali".

## Deskripsi pemeriksaan (layar pengaturan dan `sunting check --list-rules`)

rule-abbreviation = Menandai singkatan umum yang ditulis tanpa tanda titik (tsb → tsb., dll → dll.), singkatan bergaris miring yang menurut EYD V ditulis dengan tanda titik (s/d → s.d.), dan singkatan gaya obrolan dalam artikel (yg → yang).
rule-abbreviation_mix = Mencatat singkatan kedua untuk lembaga yang sudah disingkat dalam artikel (Kominfo diperkenalkan, Kemenkominfo juga dipakai); pakai satu bentuk dari awal sampai akhir.
rule-affixation = Menandai kata berimbuhan yang salah bentuk (diletakan → diletakkan, pembentukkan → pembentukan, menyontoh → mencontoh, mencat → mengecat, dilokalisir → dilokalisasi) dan menyebutkan kaidah yang berlaku.
rule-block_language = Mencatat paragraf yang ditulis dalam bahasa yang berbeda dari bahasa artikelnya (bahasa Melayu, Inggris, Jawa, atau Sunda dalam artikel berbahasa Indonesia).
rule-bound_form = Menandai bentuk terikat yang ditulis terpisah atau dengan tanda hubung di depan kata berhuruf awal kecil (pasca panen → pascapanen, antar kota → antarkota, non-aktif → nonaktif).
rule-capital_common_word = Mencatat kata umum yang ditulis dengan huruf kapital di tengah kalimat, di antara kata berhuruf kecil (“bagi Remaja yang”); EYD V memakai huruf kapital untuk nama, bukan untuk kata umum.
rule-capital_name = Menandai huruf kapital yang diwajibkan EYD V: nama hari dan bulan (senin → Senin), hari raya keagamaan (idulfitri → Idulfitri), jabatan tepat sebelum nama (presiden Joko Widodo → Presiden Joko Widodo), unsur nama geografi atau bangunan (jalan Sudirman → Jalan Sudirman), dan nama yang ditulis berhuruf kapital di artikel itu atau di daftar nama (semarang → Semarang).
rule-dateline_weekday = Menandai nama hari yang tidak cocok dengan tanggalnya pada tahun artikel, misalnya “Rabu (1/8)” padahal 1 Agustus jatuh pada hari Selasa.
rule-di_apart = Menandai awalan di- yang ditulis terpisah dari kata kerjanya (di rawat → dirawat, di jerat → dijerat); kata depan di sebelum tempat tetap ditulis terpisah.
rule-foreign_word = Mencatat kata asing dalam artikel berbahasa Indonesia yang sudah punya padanan (e-mail → surel, online → daring); tulis dengan huruf miring atau pakai padanannya.
rule-furniture = Menandai sisa halaman web yang ikut tersalin bersama artikel, seperti keterangan foto, tautan “Baca juga”, serta ajakan berkomentar dan berbagi; hapus.
rule-malayism = Menandai kata bahasa Melayu Malaysia dalam artikel berbahasa Indonesia (kerana, bahawa, polis) dan memberikan padanannya dalam bahasa Indonesia.
rule-men_assimilation = Menandai bentuk berawalan meN- yang masih mempertahankan k, p, t, atau s yang seharusnya luluh (mempengaruhi → memengaruhi, mensukseskan → menyukseskan).
rule-name_archive = Menandai nama yang ditulis berbeda dari ejaan yang biasa dipakai dalam artikel tersimpan redaksi, berdasarkan daftar nama.
rule-name_consistency = Menandai nama yang ditulis berbeda dari ejaan yang lebih sering dipakai dalam artikel yang sama (Rudiatara sekali, Rudiantara dua kali), serta ejaan lama yang bercampur dengan ejaan baru.
rule-name_known = Menandai nama terkenal Indonesia yang salah ketik (provinsi, kabupaten atau kota, kementerian atau lembaga negara, presiden), meskipun hanya disebut sekali, berdasarkan daftar nama bawaan Sunting.
rule-nonstandard = Menandai bentuk tidak baku dan memberikan bentuk bakunya menurut KBBI, seperti respon → respons atau ijin → izin.
rule-numbers = Memeriksa penulisan uang dan bilangan dalam artikel berbahasa Indonesia: Rp50.000 (bukan Rp. 50.000 atau RP), tanda titik sebagai pemisah ribuan (1.000.000), dan kalimat yang tidak diawali angka.
rule-ordinal = Memeriksa penulisan bilangan tingkat: dengan angka memakai tanda hubung, dengan huruf ditulis serangkai (ke 2 → ke-2, ke-dua → kedua).
rule-phrases = Mencatat pasangan kata yang mubazir (adalah merupakan, sangat ... sekali), kata yang salah ditulis terpisah (dari pada), dan kata sifat bernada opini dalam artikel; kutipan tidak diperiksa.
rule-preposition_joined = Menandai kata depan di dan ke yang ditulis serangkai dengan kata tempat atau arah (disitu → di situ, kesana → ke sana); awalan di- pada kata kerja tetap ditulis serangkai.
rule-pun = Memeriksa penulisan partikel pun: terpisah setelah kebanyakan kata (apa pun, siapa pun), serangkai dalam kata yang sudah padu seperti meskipun, walaupun, dan maupun.
rule-real_word = Menandai kata yang benar tetapi salah ketik untuk kata lain (korban lupa → korban luka, dada desa → dana desa): kata yang hanya beda satu huruf jauh lebih cocok dengan kata di sekitarnya.
rule-reduplication = Menandai kata ulang yang ditulis dengan angka 2 (anak2) dan memberikan bentuk lengkapnya dengan tanda hubung (anak-anak).
rule-repeated_sentence = Menandai kalimat atau paragraf yang muncul dua kali persis sama dalam artikel (keterangan foto atau paragraf yang tertempel dua kali).
rule-repeated_word = Menandai kata yang tertulis dua kali berturut-turut (yang yang); kata ulang tanpa tanda hubung (sama sama) diberi tanda hubung.
rule-spelling = Menandai kata yang tidak ada dalam kamus bahasa Indonesia atau Inggris (salah ketik), dengan saran perbaikan yang paling mungkin. Nama, singkatan, dan alamat web dibiarkan.
rule-time_format = Memeriksa penulisan waktu: pukul 10.00 WIB, dengan pukul, bukan jam, dan dengan tanda titik, bukan titik dua.
rule-unbalanced = Menandai tanda petik dan tanda kurung yang dibuka tetapi tidak ditutup dalam paragraf yang sama, atau ditutup tanpa pernah dibuka.
rule-verb_jika = Mencatat kata kerja ujaran yang diikuti jika atau kalau padahal yang dimaksud bahwa (menjelaskan jika → menjelaskan bahwa).
rule-web_residue = Menandai sisa halaman web di dalam artikel: karakter tak terlihat di dalam kata (soft hyphen, zero-width space), tag dan entitas HTML, tautan “Baca juga” di tengah paragraf, serta tanda kurung kosong.

## Nama pemeriksaan (Pengaturan, sunting check --list-rules)

rule-name-abbreviation = Singkatan
rule-name-abbreviation_mix = Dua singkatan untuk satu lembaga
rule-name-affixation = Imbuhan
rule-name-block_language = Paragraf berbahasa lain
rule-name-bound_form = Bentuk terikat
rule-name-capital_common_word = Kata biasa berhuruf kapital
rule-name-capital_name = Huruf kapital menurut EYD V
rule-name-dateline_weekday = Nama hari dan tanggal
rule-name-di_apart = Awalan di- ditulis terpisah
rule-name-foreign_word = Kata asing
rule-name-furniture = Sisa halaman web
rule-name-malayism = Kata bahasa Melayu Malaysia
rule-name-men_assimilation = Peluluhan awalan meN-
rule-name-name_archive = Nama menurut arsip redaksi
rule-name-name_consistency = Satu nama, satu ejaan
rule-name-name_known = Nama yang sudah dikenal
rule-name-nonstandard = Bentuk tidak baku
rule-name-numbers = Uang dan bilangan
rule-name-ordinal = Bilangan tingkat
rule-name-phrases = Kata mubazir dan bernada opini
rule-name-preposition_joined = Kata depan ditulis terpisah
rule-name-pun = Partikel pun
rule-name-real_word = Salah ketik yang menjadi kata lain
rule-name-reduplication = Kata ulang
rule-name-repeated_sentence = Kalimat tersalin dua kali
rule-name-repeated_word = Kata tertulis dua kali
rule-name-spelling = Ejaan
rule-name-time_format = Penulisan waktu
rule-name-unbalanced = Tanda petik dan kurung tanpa pasangan
rule-name-verb_jika = jika untuk bahwa
rule-name-web_residue = Sisa kode web dalam teks

## abbreviation

abbreviation-shorthand-or-period = “{ $word }” adalah singkatan: tulis lengkap “{ $full }”, atau “{ $word }.” dengan tanda titik (EYD V).
abbreviation-shorthand = “{ $word }” adalah singkatan gaya obrolan; dalam artikel, tulis “{ $full }”.
abbreviation-period = Singkatan umum diakhiri tanda titik: “{ $abbreviation }” (EYD V).
abbreviation-slashed = Menurut EYD V, “{ $written }” ditulis dengan tanda titik: “{ $standard }”.

## abbreviation_mix

abbreviation-mix-second-form = Artikel ini memperkenalkan singkatan “{ $short }”, tetapi juga memakai “{ $other }” ({ $count } kali) untuk lembaga yang sama; pakai satu bentuk saja.

## affixation

affixation-k-before-kan = Bentuk “{ $word }” keliru: huruf k di akhir kata dasar tetap ditulis di depan akhiran -kan sehingga menjadi kk (letak + -kan: diletakkan). Tulis “{ $right }”.
affixation-k-before-an = Bentuk “{ $word }” keliru: akhiran pembentuk nomina adalah -an, bukan -kan, sehingga kata dasar yang berakhir dengan k ditulis dengan satu k (letak + pe-an: peletakan). Tulis “{ $right }”.
affixation-nasal-before-c = Bentuk “{ $word }” keliru: di depan c, awalan meN- dan peN- menjadi men- dan pen-, dan c tidak luluh (contoh: mencontoh). Tulis “{ $right }”.
affixation-one-syllable = Bentuk “{ $word }” keliru: di depan kata dasar bersuku satu, awalan meN- dan peN- menjadi menge- dan penge- (cat: mengecat, bom: pengeboman). Tulis “{ $right }”.
affixation-loan-verb = Bentuk “{ $word }” keliru: kata kerja serapan berakhiran -isir atau -ir tidak baku; KBBI memakai bentuk berakhiran -isasi atau -asi (lokalisir: lokalisasi). Tulis “{ $right }”.

## block_language

block-language-other = Paragraf ini tampaknya berbahasa { $language ->
        [id] Indonesia
        [en] Inggris
        [ms] Melayu
        [jv] Jawa
        [su] Sunda
       *[other] { $language }
    }, sedangkan artikelnya berbahasa { $article ->
        [id] Indonesia
        [en] Inggris
        [ms] Melayu
        [jv] Jawa
        [su] Sunda
       *[other] { $article }
    }; paragraf ini diperiksa sebagai teks bahasa { $language ->
        [id] Indonesia
        [en] Inggris
        [ms] Melayu
        [jv] Jawa
        [su] Sunda
       *[other] { $language }
    }.

## bound_form

bound-form-clitic = Klitik ditulis serangkai dengan kata berhuruf awal kecil, tanpa tanda hubung: “{ $right }” (EYD V).
bound-form-hyphen = “{ $bound }” adalah bentuk terikat: ditulis serangkai dengan kata berhuruf awal kecil, tanpa tanda hubung: “{ $right }” (EYD V).
bound-form-apart = “{ $bound }” adalah bentuk terikat: ditulis serangkai dengan kata yang mengikutinya: “{ $right }” (EYD V).

## capital_common_word

capital-common-word = “{ $word }” di sini adalah kata umum di tengah kalimat: tulis dengan huruf kecil (EYD V memakai huruf kapital untuk nama, bukan untuk kata umum).

## capital_name

capital-name-day-month = Nama hari dan bulan diawali huruf kapital: “{ $right }” (EYD V).
capital-name-religious = Nama hari raya, kitab suci, dan nama Tuhan diawali huruf kapital: “{ $right }” (EYD V).
capital-name-geographic = Unsur nama geografi atau bangunan di depan namanya diawali huruf kapital: “{ $right }” (EYD V).
capital-name-office = Jabatan atau gelar tepat sebelum nama diawali huruf kapital: “{ $right }” (EYD V).
capital-name-institution = Nama lembaga ini ditulis dengan huruf kapital di bagian lain artikel; di sini pun demikian: “{ $right }” (EYD V).
capital-name-historical = Nama peristiwa sejarah atau hari besar nasional diawali huruf kapital: “{ $right }” (EYD V).
capital-name-office-generic = Jabatan yang tidak merujuk pada orang tertentu tidak diawali huruf kapital: “{ $right }” (EYD V).
capital-name-name = “{ $word }” adalah nama: “{ $right }”, seperti yang ditulis di artikel ini atau di daftar nama.

## dateline_weekday

dateline-weekday-no-date = Tanggal { $day }/{ $month } tidak ada.
dateline-weekday-wrong = { $date } jatuh pada hari { $right }, bukan { $written }.

## di_apart

di-apart = Awalan di- ditulis serangkai dengan kata kerjanya: “{ $right }”, bukan “{ $written }” (PUEBI).

## foreign_word

foreign-word = “{ $word }” adalah kata asing; pakai padanannya, “{ $equivalent }”, atau tulis dengan huruf miring.

## furniture

furniture-block = Ini tampaknya sisa halaman web, bukan bagian dari artikel; hapus.

## malayism

malayism-word = “{ $word }” adalah kata bahasa Melayu; dalam bahasa Indonesia: “{ $indonesian }”.

## men_assimilation

men-assimilation = Konsonan awal kata dasar (k, p, t, s) luluh setelah awalan meN-: “{ $right }”.

## name_archive

name-archive-spelling = Arsip redaksi menulis nama ini “{ $archive }” ({ $count } artikel); “{ $name }” { $own ->
        [0] belum pernah dipakai
       *[other] hanya dipakai di { $own } artikel
    }.

## name_consistency

name-consistency-mixed = Nama ini ditulis dengan dua cara dalam artikel ini, dengan ejaan lama dan ejaan baru: “{ $rare }” ({ $count } kali) dan “{ $frequent }” ({ $frequent-count } kali). Pastikan ejaan yang dipakai orang atau tempat itu ke narasumber atau daftar nama, lalu pakai satu ejaan saja.
name-consistency-less-often = “{ $rare }” muncul { $count ->
        [1] sekali
       *[other] { $count } kali
    }, tetapi artikel ini menulisnya “{ $frequent }” { $frequent-count ->
        [1] sekali
       *[other] { $frequent-count } kali
    }. Pastikan ejaannya ke narasumber atau daftar nama.
name-consistency-two-ways-known = Nama ini ditulis dengan dua cara dalam artikel ini: “{ $rare }” di sini dan “{ $frequent }” di bagian lain (ejaan itulah yang dikenal kamus). Pastikan ejaannya ke narasumber atau daftar nama.
name-consistency-two-ways-earlier = Nama ini ditulis dengan dua cara dalam artikel ini: “{ $rare }” di sini dan “{ $frequent }” sebelumnya. Pastikan ejaannya ke narasumber atau daftar nama.

## name_known

name-known-misspelt = “{ $name }” tampaknya salah ketik untuk nama terkenal “{ $right }”, menurut daftar nama bawaan Sunting.
name-known-misspelt-part = “{ $name }” tampaknya salah ketik untuk nama terkenal “{ $right }” ({ $full }), menurut daftar nama bawaan Sunting.

## nonstandard

nonstandard-kbbi = “{ $word }” bukan bentuk baku; KBBI: “{ $standard }”.
nonstandard-dictionary = “{ $word }” bukan bentuk baku; bentuk bakunya menurut kamus: “{ $standard }”.

## numbers

numbers-rupiah = Tulis rupiah “{ $right }”: “Rp” tanpa tanda titik dan tanpa spasi.
numbers-small-in-words = Bilangan satu sampai sembilan yang menghitung sesuatu ditulis dengan huruf: “{ $right }”.
numbers-thousands = Bahasa Indonesia memakai tanda titik sebagai pemisah ribuan: “{ $right }”.
numbers-sentence-start = Bilangan di awal kalimat ditulis dengan huruf; jika perlu, ubah susunan kalimatnya.

## ordinal

ordinal-word = Bilangan tingkat dengan huruf ditulis serangkai: “{ $right }”.
ordinal-numeral = Bilangan tingkat dengan angka ditulis dengan tanda hubung: “{ $right }”.

## phrases

phrases-redundant = “{ $phrase }” mengulang makna yang sama (mubazir); pakai salah satu.
phrases-one-word = “{ $suggestion }” ditulis serangkai.
phrases-calque = “{ $phrase }” adalah terjemahan harfiah dari bahasa asing; pakai “{ $suggestion }”.
phrases-hadirin = “{ $phrase }” mubazir; “{ $suggestion }” sudah berarti semua orang yang hadir.
phrases-bahu-membahu = “{ $suggestion }” sudah bermakna saling membantu; “saling” tidak perlu.
phrases-opinion-looks = “{ $phrase }” adalah penilaian; artikel menggambarkan, tidak menilai rupa seseorang.
phrases-sangat-sekali = “sangat ... sekali” menguatkan dua kali; pakai salah satu.
phrases-para-reduplicated = “para” sudah menyatakan jamak; kata sesudahnya tidak perlu diulang.

## preposition_joined

preposition-joined = Kata depan “{ $preposition }” ditulis terpisah dari kata yang mengikutinya: “{ $right }”.

## pun

pun-apart = Partikel “pun” di sini ditulis terpisah: “{ $right }”.
pun-joined = “{ $right }” ditulis serangkai.

## real_word

real-word = “{ $word }” memang kata, tetapi “{ $suggestion }” jauh lebih cocok di sini: salah ketik?

## reduplication

reduplication-numeral = Kata ulang ditulis lengkap dengan tanda hubung, bukan dengan angka 2: “{ $right }”.

## repeated_sentence

repeated-sentence-paragraph = Paragraf ini sudah muncul persis sama sebelumnya dalam artikel: hapus salah satu.
repeated-sentence-same-paragraph = Kalimat ini sudah muncul persis sama sebelumnya dalam paragraf ini: hapus salah satu.
repeated-sentence-earlier = Kalimat ini sudah muncul persis sama sebelumnya dalam artikel: hapus salah satu.

## repeated_word

repeated-word = “{ $word }” tertulis dua kali.

## spelling

spelling-unknown-suggest = “{ $word }” tidak ada dalam kamus { $language ->
        [id] bahasa Indonesia
       *[other] bahasa Inggris
    }; mungkin maksudnya “{ $suggestion }”?
spelling-unknown = “{ $word }” tidak ada dalam kamus { $language ->
        [id] bahasa Indonesia
       *[other] bahasa Inggris
    }.

## time_format

time-format-pukul = Untuk keterangan waktu, tulis “pukul”, bukan “jam”.
time-format-period = Angka jam dan menit dipisahkan dengan tanda titik: “{ $right }”.

## unbalanced

unbalanced-bracket-closes-nothing = Tanda kurung tutup ini tidak punya pasangan pembuka.
unbalanced-quote-closes-nothing = Tanda petik tutup ini tidak punya pasangan pembuka.
unbalanced-bracket-never-closed = Tanda kurung ini tidak ditutup.
unbalanced-quote-never-closed = Kutipan ini tidak ditutup dengan tanda petik.
unbalanced-quote-odd = Jumlah tanda petik ganjil: ada satu yang kurang.

## verb_jika

verb-jika = Setelah “{ $verb }”, pakai “bahwa” untuk mengantarkan isi ucapan; “{ $conjunction }” menyatakan syarat.

## web_residue

web-residue-invisible = Di sini ada { $character ->
        [soft-hyphen] tanda hubung lunak (soft hyphen, U+00AD)
        [zero-width-space] spasi tanpa lebar (zero-width space, U+200B)
        [zero-width-non-joiner] karakter zero-width non-joiner (U+200C)
        [zero-width-joiner] karakter zero-width joiner (U+200D)
        [direction-mark] penanda arah teks
        [word-joiner] karakter word joiner (U+2060)
        [zero-width-no-break-space] spasi tanpa lebar (zero-width no-break space, U+FEFF)
       *[other] karakter tak terlihat
    } yang tidak tampak di layar; karakter ini memecah atau mengubah kata. Hapus.
web-residue-invisible-article = Artikel ini memuat { $count } { $character ->
        [soft-hyphen] tanda hubung lunak (soft hyphen, U+00AD)
        [zero-width-space] spasi tanpa lebar (zero-width space, U+200B)
        [zero-width-non-joiner] karakter zero-width non-joiner (U+200C)
        [zero-width-joiner] karakter zero-width joiner (U+200D)
        [direction-mark] penanda arah teks
        [word-joiner] karakter word joiner (U+2060)
        [zero-width-no-break-space] spasi tanpa lebar (zero-width no-break space, U+FEFF)
       *[other] karakter tak terlihat
    } sisa halaman web; tidak tampak di layar, tetapi memecah atau mengubah kata bagi pencarian, pemeriksa ejaan, dan CMS. Hapus semuanya sekaligus.
web-residue-markup = Ada sisa kode HTML dalam artikel; hapus.
web-residue-entity = Ada sisa rujukan karakter HTML (“{ $entity }”) dalam artikel; tulis karakternya langsung.
web-residue-empty-brackets = Tanda kurung kosong, mungkin bekas tautan atau gambar; hapus.
web-residue-attribute = “{ $attribute }=” adalah sisa atribut HTML; hapus.
web-residue-link-label = Tautan ke artikel lain tertinggal di dalam paragraf; hapus beserta judulnya.

## Kamus yang tidak dapat dimuat (ditampilkan sekali, bukan temuan)
dictionary-missing = Kamus { $file } tidak ditemukan (dicari di { $folders }). Ejaan dalam bahasa itu tidak diperiksa: pasang paket kamus Hunspell, atau pasang ulang Sunting.
dictionary-unreadable = Kamus { $path } tidak dapat dibaca: { $error }. Ejaan dalam bahasa itu tidak diperiksa.
dictionary-invalid = Kamus { $file } rusak: { $error }. Ejaan dalam bahasa itu tidak diperiksa: pasang ulang kamusnya.
