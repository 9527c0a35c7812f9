# The window: start-up errors, notices, the export queue, leaving unsaved work, new articles,
# restoring a revision, imports.

app-dismiss = Dismiss
app-cancel = Cancel
app-start-error = { $message }. Nothing in { $database } was changed.

## The export queue's background pass

app-queue-sent = { $tried ->
        [one] Queued export sent ({ $tried }); nothing is waiting any more
       *[other] Queued exports sent ({ $tried }); nothing is waiting any more
    }
app-queue-waiting = Tried { $tried } queued { $tried ->
        [one] export
       *[other] exports
    }; { $waiting } still waiting for { $waiting ->
        [one] its site
       *[other] their sites
    }

## Leaving unsaved work

app-leave-title = Save changes to “{ $headline }”?
app-leave-message = Save the changes as a revision, or throw them away.
app-leave-message-closing = Sunting is closing. Save the changes as a revision, or throw them away.
app-leave-discard = Don't save
app-leave-save = Save

## A new article

app-new-title = New article
app-new-headline = Working headline
app-new-headline-placeholder = e.g. Bus listrik mulai melayani Semarang
app-new-create = Create
app-new-no-headline = A new article needs a working headline; nothing was created.

## Restoring a revision

app-restore-title = Restore revision { $number }?
app-restore-message = Revision { $number } becomes the latest version. Nothing is lost: every revision stays in the history.
app-restore-message-unsaved = Revision { $number } becomes the latest version. Nothing is lost: every revision stays in the history. Your unsaved changes are saved as a revision first.
app-restore = Restore
app-restored = Restored revision { $number } as revision { $revision }

## Imports

app-import-removed = { $count ->
        [one] Removed 1 block of page furniture from { $file }:
       *[other] Removed { $count } blocks of page furniture from { $file }:
    }
