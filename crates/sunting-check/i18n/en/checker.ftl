# What Sunting's checker says, in English. Every message here has its twin in
# ../id/checker.ftl; src/messages.rs tests that both hold exactly the ids the code uses.
# $language and $article arguments are language codes (id, en, ms, jv, su); $weekday is a
# weekday code (mon ... sun); $character names an invisible character (soft-hyphen, ...).
# Counts ($count, $own, ...) choose English plural forms.

## Rule descriptions (the settings screen and `sunting check --list-rules`)

rule-abbreviation = Flags common abbreviations without their period (tsb → tsb., dll → dll.), slashed forms PUEBI writes with periods (s/d → s.d.) and chat shorthand in copy (yg → yang).
rule-abbreviation_mix = Notes a second short form for a body the article already abbreviated (Kominfo defined, Kemenkominfo used); use one form throughout.
rule-affixation = Flags derived words built the wrong way (diletakan → diletakkan, pembentukkan → pembentukan, menyontoh → mencontoh, mencat → mengecat, dilokalisir → dilokalisasi) and says which rule applies.
rule-block_language = Notes a paragraph written in another language than the article (Malay, English, Javanese or Sundanese in Indonesian copy).
rule-bound_form = Flags bound forms written apart or hyphenated before a lower-case word (pasca panen → pascapanen, antar kota → antarkota, non-aktif → nonaktif).
rule-capital_common_word = Notes an ordinary word capitalised in the middle of a sentence between lower-case words (“bagi Remaja yang”); EYD V capitalises names, not common nouns.
rule-capital_name = Flags a capital EYD V requires: day and month names (senin → Senin), religious feasts (idulfitri → Idulfitri), an office directly before a name (presiden Joko Widodo → Presiden Joko Widodo), the generic word of a place or building name (jalan Sudirman → Jalan Sudirman), and a name the article or the register writes capitalised (semarang → Semarang).
rule-dateline_weekday = Flags a weekday that does not match its date in the article's year, such as “Rabu (1/8)” when 1 August was a Tuesday.
rule-di_apart = Flags the passive prefix di- written apart from its verb (di rawat → dirawat, di jerat → dijerat); the preposition di before a place stays apart.
rule-foreign_word = Notes foreign words in Indonesian copy that have an Indonesian equivalent (e-mail → surel, online → daring); set them in italics or use the Indonesian word.
rule-furniture = Flags web-page furniture pasted with an article, such as photo captions, “Baca juga” links, comment and share prompts; delete them.
rule-malayism = Flags Malaysian Malay words in Indonesian copy (kerana, bahawa, polis) and gives the Indonesian word.
rule-men_assimilation = Flags meN- forms that keep a k, p, t or s the standard form drops (mempengaruhi → memengaruhi, mensukseskan → menyukseskan).
rule-name_archive = Flags a name spelt differently from how the newsroom's saved articles usually spell it, using the name register.
rule-name_consistency = Flags a name spelt differently from how the same article spells it more often (Rudiatara once, Rudiantara twice), and old spellings mixed with new ones.
rule-name_known = Flags a misspelt well-known Indonesian name (a province, regency or city, a ministry or state body, a president), even in its only mention, from the starter register that ships with Sunting.
rule-nonstandard = Flags non-standard spellings (tidak baku) and gives the standard form from KBBI, such as respon → respons or ijin → izin.
rule-numbers = Checks money and numbers in Indonesian copy: Rp50.000 (not Rp. 50.000 or RP), periods for thousands (1.000.000), no sentence starting with digits.
rule-ordinal = Checks ordinals: ke-2 with a numeral takes a hyphen, kedua with a word is joined (ke 2 → ke-2, ke-dua → kedua).
rule-phrases = Notes redundant pairs (adalah merupakan, sangat ... sekali), words wrongly written apart (dari pada) and opinion adjectives in news copy; never inside quotes.
rule-preposition_joined = Flags the prepositions di and ke written together with a place or direction (disitu → di situ, kesana → ke sana); the verb prefix di- stays attached.
rule-pun = Checks how pun is written: apart after most words (apa pun, siapa pun), joined in the fixed words such as meskipun, walaupun, maupun.
rule-real_word = Flags a real word typed for another (korban lupa → korban luka, dada desa → dana desa): a word one slip away fits the words around it far better.
rule-reduplication = Flags reduplication written with the numeral 2 (anak2) and gives the full hyphenated form (anak-anak).
rule-repeated_sentence = Flags a sentence or paragraph that appears twice word for word in the article (a caption or paragraph pasted twice).
rule-repeated_word = Flags a word written twice in a row (yang yang); an unhyphenated reduplication (sama sama) gets its hyphen.
rule-spelling = Flags words that are not in the Indonesian or English dictionary (typos), with the likeliest corrections. Names, acronyms and addresses are left alone.
rule-time_format = Checks clock times: pukul 10.00 WIB, with pukul rather than jam and a period rather than a colon.
rule-unbalanced = Flags quotation marks and brackets that are opened and not closed in the same paragraph, or closed without being opened.
rule-verb_jika = Notes a verb of saying followed by jika or kalau where bahwa is meant (menjelaskan jika → menjelaskan bahwa).
rule-web_residue = Flags what a web page leaves inside copy: invisible characters in words (soft hyphens, zero-width spaces), HTML tags and entities, “Baca juga” links mid-paragraph and empty brackets.

## Rule names (Settings, sunting check --list-rules)

rule-name-abbreviation = Abbreviations
rule-name-abbreviation_mix = Two short forms for one body
rule-name-affixation = Affixation
rule-name-block_language = Paragraph in another language
rule-name-bound_form = Bound forms
rule-name-capital_common_word = Capitalised common word
rule-name-capital_name = Capitals EYD V requires
rule-name-dateline_weekday = Weekday and date
rule-name-di_apart = Prefix di- written apart
rule-name-foreign_word = Foreign words
rule-name-furniture = Page furniture
rule-name-malayism = Malaysian Malay words
rule-name-men_assimilation = meN- forms
rule-name-name_archive = Names against the archive
rule-name-name_consistency = One name, one spelling
rule-name-name_known = Well-known names
rule-name-nonstandard = Non-standard words
rule-name-numbers = Money and numbers
rule-name-ordinal = Ordinals
rule-name-phrases = Redundant and opinion words
rule-name-preposition_joined = Prepositions written apart
rule-name-pun = The particle pun
rule-name-real_word = A real word typed for another
rule-name-reduplication = Reduplication
rule-name-repeated_sentence = Sentence pasted twice
rule-name-repeated_word = Word written twice
rule-name-spelling = Spelling
rule-name-time_format = Clock times
rule-name-unbalanced = Unclosed quotes and brackets
rule-name-verb_jika = jika for bahwa
rule-name-web_residue = Web residue in the text

## abbreviation

abbreviation-shorthand-or-period = “{ $word }” is an abbreviation: write “{ $full }” in full, or “{ $word }.” with its period (PUEBI).
abbreviation-shorthand = “{ $word }” is chat shorthand; write “{ $full }” in copy.
abbreviation-period = A common abbreviation takes a period: “{ $abbreviation }” (PUEBI).
abbreviation-slashed = PUEBI writes “{ $written }” with periods: “{ $standard }”.

## abbreviation_mix

abbreviation-mix-second-form = The article defines “{ $short }” but also uses “{ $other }” ({ $count ->
        [one] once
       *[other] { $count } times
    }) for the same body; use one form.

## affixation

affixation-k-before-kan = “{ $word }” is built wrongly: a root ending in k keeps it before -kan, so the form has kk (letak + -kan: diletakkan). Write “{ $right }”.
affixation-k-before-an = “{ $word }” is built wrongly: the noun suffix is -an, not -kan, so a root ending in k has a single k (letak + pe-an: peletakan). Write “{ $right }”.
affixation-nasal-before-c = “{ $word }” is built wrongly: before c the prefix is men- or pen- and the c stays (contoh: mencontoh). Write “{ $right }”.
affixation-one-syllable = “{ $word }” is built wrongly: before a root of one syllable the prefix takes the form menge- or penge- (cat: mengecat, bom: pengeboman). Write “{ $right }”.
affixation-loan-verb = “{ $word }” is built wrongly: loan verbs in -isir or -ir are not standard; KBBI uses the form in -isasi or -asi (lokalisir: lokalisasi). Write “{ $right }”.

## block_language

block-language-other = This paragraph reads as { $language ->
        [id] Indonesian
        [en] English
        [ms] Malay
        [jv] Javanese
        [su] Sundanese
       *[other] { $language }
    }, in { $article ->
        [id] an Indonesian
        [en] an English
        [ms] a Malay
        [jv] a Javanese
        [su] a Sundanese
       *[other] a { $article }
    } article; it is checked as { $language ->
        [id] Indonesian
        [en] English
        [ms] Malay
        [jv] Javanese
        [su] Sundanese
       *[other] { $language }
    }.

## bound_form

bound-form-clitic = A clitic is written joined to a lower-case word, without a hyphen: “{ $right }” (PUEBI).
bound-form-hyphen = “{ $bound }” is a bound form: it is written joined to a lower-case word, without a hyphen: “{ $right }” (PUEBI).
bound-form-apart = “{ $bound }” is a bound form (bentuk terikat): it is written together with the word it belongs to: “{ $right }” (PUEBI).

## capital_common_word

capital-common-word = “{ $word }” is an ordinary word here, in the middle of a sentence: write it in lower case (EYD V capitalises names, not common nouns).

## capital_name

capital-name-day-month = Day and month names take a capital: “{ $right }” (EYD V).
capital-name-religious = Feasts, holy books and names of God take a capital: “{ $right }” (EYD V).
capital-name-geographic = The generic word of a geographic or building name is part of the name and takes a capital: “{ $right }” (EYD V).
capital-name-office = An office or title directly before a name takes a capital: “{ $right }” (EYD V).
capital-name-institution = The article names this institution with capitals elsewhere; its name takes them here too: “{ $right }” (EYD V).
capital-name-historical = A historical event or national day is a name and takes capitals: “{ $right }” (EYD V).
capital-name-office-generic = A title that names no one in particular is a common noun and takes no capital: “{ $right }” (EYD V).
capital-name-name = “{ $word }” is a name: “{ $right }”, as the article or the register writes it.

## dateline_weekday

dateline-weekday-no-date = { $day }/{ $month } is not a date.
dateline-weekday-wrong = { $date } was a { $right } ({ $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }), not a { $written }.

## di_apart

di-apart = The passive prefix di- is written together with its verb: “{ $right }”, not “{ $written }” (PUEBI).

## foreign_word

foreign-word = “{ $word }” is a foreign word; use “{ $equivalent }” or set it in italics.

## furniture

furniture-block = This looks like web-page furniture, not part of the article; delete it.

## malayism

malayism-word = “{ $word }” is Malay; Indonesian copy uses “{ $indonesian }”.

## men_assimilation

men-assimilation = The prefix absorbs the root's first consonant: “{ $right }”.

## name_archive

name-archive-spelling = The archive spells this “{ $archive }” ({ $count ->
        [one] { $count } article
       *[other] { $count } articles
    }); “{ $name }” appears in { $own }.

## name_consistency

name-consistency-mixed = The article spells this name two ways, in the old and the new spelling: “{ $rare }” ({ $count }) and “{ $frequent }” ({ $frequent-count }). Confirm which one the person or place uses with the source or the name register, and use it throughout.
name-consistency-less-often = “{ $rare }” appears { $count ->
        [one] once
       *[other] { $count } times
    }, but the article spells it “{ $frequent }” { $frequent-count ->
        [one] once
       *[other] { $frequent-count } times
    }. Confirm the spelling with the source or the name register.
name-consistency-two-ways-known = The article spells this name two ways: “{ $rare }” here and “{ $frequent }” elsewhere (the dictionaries know that one). Confirm the spelling with the source or the name register.
name-consistency-two-ways-earlier = The article spells this name two ways: “{ $rare }” here and “{ $frequent }” earlier. Confirm the spelling with the source or the name register.

## name_known

name-known-misspelt = “{ $name }” looks like a misspelling of the well-known name “{ $right }”, from Sunting's starter register.
name-known-misspelt-part = “{ $name }” looks like a misspelling of the well-known name “{ $right }” ({ $full }), from Sunting's starter register.

## nonstandard

nonstandard-kbbi = “{ $word }” is not the standard spelling; KBBI has “{ $standard }”.
nonstandard-dictionary = “{ $word }” is not the standard spelling; the dictionary has “{ $standard }”.

## numbers

numbers-rupiah = Write rupiah as “{ $right }”: “Rp”, no period or space.
numbers-small-in-words = A number from one to nine that counts something is written in words in copy: “{ $right }”.
numbers-thousands = Indonesian separates thousands with periods: “{ $right }”.
numbers-sentence-start = A sentence should not start with digits; write the number in words or rephrase.

## ordinal

ordinal-word = Ordinals in words are joined: “{ $right }”.
ordinal-numeral = Ordinals with numerals take a hyphen: “{ $right }”.

## phrases

phrases-redundant = “{ $phrase }” says the same thing twice; keep one.
phrases-one-word = “{ $suggestion }” is written as one word.
phrases-calque = “{ $phrase }” is a calque; use “{ $suggestion }”.
phrases-hadirin = “{ $phrase }” is redundant; “{ $suggestion }” already means everyone present.
phrases-bahu-membahu = “{ $suggestion }” already means helping each other.
phrases-opinion-looks = “{ $phrase }” is an opinion; news copy describes, it does not judge looks.
phrases-sangat-sekali = “sangat ... sekali” intensifies twice; keep one.
phrases-para-reduplicated = “para” already makes it plural; do not reduplicate.

## preposition_joined

preposition-joined = The preposition “{ $preposition }” is written apart: “{ $right }”.

## pun

pun-apart = Write “pun” apart here: “{ $right }”.
pun-joined = “{ $right }” is written as one word.

## real_word

real-word = “{ $word }” is a word, but “{ $suggestion }” fits here far better: a slip?

## reduplication

reduplication-numeral = Write the reduplication in full: “{ $right }”.

## repeated_sentence

repeated-sentence-paragraph = This paragraph already appears word for word earlier in the article: delete one of them.
repeated-sentence-same-paragraph = This sentence already appears word for word earlier in this paragraph: delete one of them.
repeated-sentence-earlier = This sentence already appears word for word earlier in the article: delete one of them.

## repeated_word

repeated-word = “{ $word }” is written twice.

## spelling

spelling-unknown-suggest = “{ $word }” is not in the { $language ->
        [id] Indonesian
       *[other] English
    } dictionary; did you mean “{ $suggestion }”?
spelling-unknown = “{ $word }” is not in the { $language ->
        [id] Indonesian
       *[other] English
    } dictionary.

## time_format

time-format-pukul = Before a clock time, write “pukul”.
time-format-period = Write times with a period: “{ $right }”.

## unbalanced

unbalanced-bracket-closes-nothing = This bracket closes nothing.
unbalanced-quote-closes-nothing = This quotation mark closes nothing.
unbalanced-bracket-never-closed = This bracket is never closed.
unbalanced-quote-never-closed = This quotation is never closed.
unbalanced-quote-odd = An odd number of quotation marks: one is missing.

## verb_jika

verb-jika = After “{ $verb }”, use “bahwa” to report what was said; “{ $conjunction }” means “if”.

## web_residue

web-residue-invisible = There is { $character ->
        [soft-hyphen] a soft hyphen (U+00AD)
        [zero-width-space] a zero-width space (U+200B)
        [zero-width-non-joiner] a zero-width non-joiner (U+200C)
        [zero-width-joiner] a zero-width joiner (U+200D)
        [direction-mark] a direction mark
        [word-joiner] a word joiner (U+2060)
        [zero-width-no-break-space] a zero-width no-break space (U+FEFF)
       *[other] an invisible character
    } here, invisible on screen; it splits or changes the word. Delete it.
web-residue-invisible-article = There are { $count } { $character ->
        [soft-hyphen] soft hyphens (U+00AD)
        [zero-width-space] zero-width spaces (U+200B)
        [zero-width-non-joiner] zero-width non-joiners (U+200C)
        [zero-width-joiner] zero-width joiners (U+200D)
        [direction-mark] direction marks
        [word-joiner] word joiners (U+2060)
        [zero-width-no-break-space] zero-width no-break spaces (U+FEFF)
       *[other] invisible characters
    } in this article, left by a web page; invisible on screen, they split or change words for search, spelling and the CMS. Delete them all at once.
web-residue-markup = HTML markup left in the copy; delete it.
web-residue-entity = An HTML character reference (“{ $entity }”) left in the copy; write the character itself.
web-residue-empty-brackets = Empty brackets, probably where a link or image was; delete them.
web-residue-attribute = “{ $attribute }=” is HTML attribute residue; delete it.
web-residue-link-label = A link to another article, left inside the paragraph; delete it with its headline.

## Dictionaries that cannot be loaded (shown once, not findings)
dictionary-missing = The dictionary { $file } was not found (looked in { $folders }). Spelling in that language is not checked: install the Hunspell dictionary packages, or reinstall Sunting.
dictionary-unreadable = The dictionary { $path } cannot be read: { $error }. Spelling in that language is not checked.
dictionary-invalid = The dictionary { $file } is damaged: { $error }. Spelling in that language is not checked: reinstall it.
