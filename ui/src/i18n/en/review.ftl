# Review: the review panel, the finding card, the actions on findings and their messages,
# and the language tag on each paragraph.

## The panel

review-title = Review
review-severity-filter = Show findings of at least this severity
review-filter-all = All findings
review-filter-warnings = Warnings and errors
review-filter-errors = Errors only
review-keys = { $next } next · { $previous } previous · { $suggestion } first suggestion · { $ignore } ignore
review-checking = Checking…
review-nothing = Nothing to review.
review-summary = { $count ->
    [one] { $count } finding to review
   *[other] { $count } findings to review
    }
review-failures = Some checks stopped on an internal error and found nothing here: { $rules }. The other checks ran; please report this.
review-timing = Last check: { $check } ms; keystroke to flags: { $flags } ms
review-list-label = Findings
review-previous = ‹ Previous
review-next = Next ›
review-heading-errors = Errors
review-heading-warnings = Warnings
review-heading-notes = Notes
review-count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
    }
review-count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
    }
review-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
    }
review-fix-all = { $suggestion } at all { $count } places
review-remove-furniture = Remove all web-page residue ({ $count })
review-removed-furniture = Removed { $count } { $count ->
    [one] piece
   *[other] pieces
    } of web-page residue
review-fixed-all = Fixed { $count } places
review-place-headline = Headline
review-place-standfirst = Standfirst
review-place-paragraph = ¶ { $number }

## Categories and severities

review-category-name = Names
review-category-spelling = Spelling
review-category-nonstandard = Non-standard
review-category-affix = Affixation
review-category-style = Style
review-category-date = Dates
review-category-language = Language
review-category-furniture = Furniture
review-severity-info = Note
review-severity-warning = Warning
review-severity-error = Error

## The card and its actions (the action names also say what Ctrl+Z undid)

review-card-position = { $index } / { $total }
review-card-position-title = Its place in the order F7 walks: errors first, then warnings, then notes, as the review panel lists them
review-card-label = Finding
review-suggestion-delete = Delete
review-apply-all = Use “{ $suggestion }” everywhere
review-confirm-name = “{ $name }” is right
review-different-people = Different people
review-add-word = Add to dictionary
review-ignore = Ignore
review-ignore-article = Ignore in this article
review-undo-use = Use “{ $suggestion }”
review-undo-use-headline = Use “{ $suggestion }” in the headline
review-undo-confirm-name = Confirm name
review-undone = Undone: { $action }

## What an action did

review-changed = Changed “{ $text }” to “{ $suggestion }”
review-changed-everywhere = Changed “{ $text }” to “{ $suggestion }” { $count } { $count ->
    [one] time
   *[other] times
    }
review-ignored-here = Ignored “{ $text }” here
review-ignored-in-article = “{ $text }” will not be flagged again in this article
review-added-word = Added “{ $text }” to the newsroom dictionary
review-confirmed-name = “{ $name }” is now the confirmed spelling
review-different-recorded = “{ $text }” and “{ $other }” are recorded as different people

## A paragraph's language

review-language-title = Language of this paragraph
review-language-message = The checker reads the paragraph in this language. Detect lets it decide again.
review-language-detect = Detect
review-language-set = This paragraph is now checked as { $language }
review-language-detected-again = This paragraph's language is detected again
review-language-tag-set = { $language }, set by the editor ({ $keys } to change)
review-language-tag-inherited = { $language }: too short to tell, so the article's language ({ $keys } to set)
review-language-tag-detected = { $language }, detected ({ $keys } to set)

## Open errors in the checks before Ready and before publishing

review-go-to = Go to { $place }
review-open-error = “{ $text }”: { $message }
