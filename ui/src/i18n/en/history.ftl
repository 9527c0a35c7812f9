# The history: the revisions, the status changes, the diff between two revisions.

history-title = History
history-heading = History: { $headline }
history-back = ← Editor
history-back-title = Back to the editor (Esc)
history-keys = Esc editor · Tab to the radio buttons, ↑↓ to pick · { $library } library
history-revisions = Revisions
history-column-from = From
history-column-to = To
history-column-revision = Revision
history-inserted = inserted
history-deleted = deleted

## Rows

history-revision = Revision { $number }
# $status is the status's code as English shows it (draft, editing, ready, exported); $label is
# its label from common.ftl, for languages that name it.
history-status-marked = Marked { $status }
history-restored-from = Restored revision { $number }
history-event-sample = The sample article
history-event-created = New article
history-event-imported = Imported
history-event-imported-from = Imported from { $file }
history-event-sent = Revision { $revision } sent to { $site } (post { $post })
# $status is the post's status on the site (publish.ftl: Published, Pending review, Draft).
history-event-sent-as = Revision { $revision } sent to { $site } as { $status } (post { $post })
history-compare-from = Compare from revision { $number }
history-compare-to = Compare to revision { $number }
history-added-title = words added
history-removed-title = words removed
history-restore = Restore
history-restore-title = Make revision { $number } the latest again

## The diff

history-one-revision = There is only one revision so far: save again to compare versions.
history-compare-range = Revision { $from } → revision { $to }
history-pick-two = Pick two different revisions to compare.
history-field-headline = Headline
history-field-standfirst = Standfirst
history-field-byline = Byline
history-field-dateline = Dateline
history-field-language = Language
history-field-tags = Tags
history-body = Body
history-empty-bodies = Both versions have an empty body.
# Word counts are not grouped in English ("1234 words added"), as before.
history-words-added = { NUMBER($count, useGrouping: 0) ->
        [one] 1 word added
       *[other] { NUMBER($count, useGrouping: 0) } words added
    }
history-words-removed = { NUMBER($count, useGrouping: 0) ->
        [one] 1 word removed
       *[other] { NUMBER($count, useGrouping: 0) } words removed
    }
history-no-words-changed = No words changed
history-unchanged-blocks = { $count ->
        [one] 1 unchanged block
       *[other] { $count } unchanged blocks
    }
history-formatting-changed = formatting changed
# $kind is one of the block kinds below.
history-block-new = new { $kind }
history-block-removed = { $kind } removed
history-block-moved = moved from position { $from } to { $to }
history-kind-paragraph = paragraph
history-kind-heading = { $level ->
        [2] crosshead
        [3] subhead
       *[other] heading { $level }
    }
history-kind-quote = quote
history-kind-numbered = numbered item
history-kind-bullet = bullet item
