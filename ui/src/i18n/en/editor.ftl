# The editor: the article's fields, the body and its toolbar, saving, autosave, recovery, the
# workflow status.

editor-title = Editor
editor-untitled = Untitled
editor-cancel = Cancel

## Fields

editor-headline = Headline
editor-headline-placeholder = Headline
editor-standfirst = Standfirst
editor-standfirst-placeholder = One or two sentences under the headline
editor-byline = Byline
editor-byline-placeholder = Reporter
editor-dateline = Dateline
editor-dateline-placeholder = Jakarta
editor-tags = Tags
editor-tags-placeholder = transport, Semarang
editor-language = Language
editor-language-unset = Not set
editor-status = Status
editor-body = Body

## Header and status bar

editor-library = ← Library
editor-library-title = Library ({ $keys })
editor-history = History
editor-history-title = History ({ $keys })
editor-publish = Publish…
editor-publish-title = Send to a site or export a file ({ $keys })
editor-save = Save
editor-save-with-note = Save with note…
editor-save-note-title = Save a revision with a note for the history ({ $keys })
editor-save-title = Save a revision ({ $keys })
editor-keys = { $save } save · { $note } save with a note · { $history } history · { $publish } publish · { $library } library
# Word counts are not grouped in English ("1234 words"), as the status bar always showed them.
editor-word-count = { NUMBER($words, useGrouping: 0) ->
        [one] 1 word
       *[other] { NUMBER($words, useGrouping: 0) } words
    } · { $minutes } min
editor-revision = Revision { $number }
editor-unsaved = Unsaved changes
editor-kept-safe = Unsaved changes · kept safe at { $time }
editor-not-kept-safe = Unsaved changes · not kept safe
editor-recovered = Unsaved work from { $time } was recovered (it started from revision { $revision }).
editor-discard-recovered = Discard it

## Saving

editor-save-dialog-title = Save a revision
editor-save-dialog-message = A note helps find this version in the history later.
editor-save-note = Note (optional)
editor-save-note-placeholder = e.g. checked the minister's name
editor-saved = Saved revision { $number }
editor-no-changes = No changes since revision { $number }
editor-not-saved = Not saved

## Workflow status

editor-ready-title = { $count ->
        [one] Mark as Ready with 1 error unresolved?
       *[other] Mark as Ready with { $count } errors unresolved?
    }
editor-ready-message = The review panel still lists the problems below. Say why the article can go anyway; the note is kept in the history.
editor-ready-note = Why it can go (required)
editor-ready-note-placeholder = e.g. spelling of the minister's name confirmed by phone
editor-ready-confirm = Mark as Ready
editor-ready-title-names = { $count ->
        [one] Mark as Ready with a name spelt two ways?
       *[other] Mark as Ready with { $count } names spelt two ways?
    }
editor-ready-message-names = The article spells a name two ways. Confirm the spelling with the source or the name register, or say why the article can go anyway; the note is kept in the history.
editor-ready-refused = Not marked as Ready: a note is needed while the review panel lists these problems
# $status is the status's label (common.ftl).
editor-status-changed = Marked as { $status }
editor-status-changed-with-note = Marked as { $status } (with a note)

## Toolbar and links

editor-toolbar = Formatting
editor-tool-title = { $name } ({ $keys })
editor-format-bold = Bold
editor-format-italic = Italic
editor-format-link = Link
editor-format-paragraph = Paragraph
editor-format-crosshead = Crosshead
editor-format-subhead = Subhead
editor-format-quote = Quote
editor-format-bullet = Bulleted item
editor-format-numbered = Numbered item
editor-format-undo = Undo
editor-format-redo = Redo
editor-format-link-label = Link
editor-link-dialog-title = Link
editor-link-address = Address (https://…)
editor-link-add = Add link
editor-paste-too-large = Not pasted: that is { NUMBER($millions, minimumFractionDigits: 1, maximumFractionDigits: 1) } million characters, more than one article holds (at most 1 million at once). Paste it in parts, or save it as a file and import it from the library.
editor-details = Byline, dateline, tags
editor-details-empty = none yet
# The headline in the toolbar once the editor has scrolled into the body.
editor-compact-title = Back to the headline and the standfirst
