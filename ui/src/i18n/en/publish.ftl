# The publish dialog: sending to a WordPress site, the queue, exports to a file, the export log.

publish-title = Publish “{ $headline }”
publish-unsaved = Your unsaved changes are saved as a revision before anything is sent or exported.
publish-keys = Esc close · a post is sent only with the Send button
publish-close = Close

## Sending to a site

publish-send-title = Send to a site
publish-site = Site
publish-post-status = Post status
publish-status-draft = Draft
publish-status-pending = Pending review
publish-status-publish = Published
publish-categories = Categories (comma-separated)
publish-send = Send
publish-no-sites = No site is connected yet. Connect a WordPress site in the settings, with an Application Password.
publish-open-settings = Open Settings
publish-removed-site = a removed site
publish-saving = Saving your changes as a revision…
publish-sending = Sending to { $url }…
publish-progress-attempt = { $message } (attempt { $attempt } of { $attempts })
publish-not-saved-send = Nothing was sent: your changes could not be saved.
publish-send-error = Nothing was sent: { $reason }
publish-sent-created = Sent revision { $revision }: post { $post } created.
publish-sent-updated = Sent revision { $revision }: post { $post } updated.
publish-link-label = Post address
publish-copy-link = Copy link
publish-failed = Not sent: { $reason }
publish-no-longer-queued = the export is no longer queued
publish-queued = Queued: not sent to { $url } yet ({ $reason }).
publish-queued-retry = It will be sent when the site answers again: Sunting tries by itself (next around { $time }), or press Send now.
publish-send-now = Send now
publish-cancel-queued = Cancel
publish-queue-cancelled = Taken off the queue: the article was not sent to { $url }.

## Exporting a file

# The ninjs button: IPTC's JSON format for news, named by what it is for.
publish-format-ninjs = For news agencies (ninjs)
publish-file-title = Export a file
publish-not-saved-export = Nothing was exported: your changes could not be saved.
publish-written = Written to { $path }
publish-export-error = Not exported: { $reason }

## Where the article is

publish-where-title = Where it is
publish-where-sent = post { $post }, revision { $revision } sent { $time }
publish-where-queued = waiting in the queue ({ $status })
publish-where-queued-categories = waiting in the queue ({ $status }; { $categories })
publish-where-none = Not on any site yet.

## The export log

publish-log-title = Export log
publish-log-empty = Nothing exported yet.
publish-log-time = Time
publish-log-target = Target
publish-log-revision = Revision
publish-log-outcome = Outcome
publish-log-message = Message
publish-outcome-sent = sent
publish-outcome-queued = queued
publish-outcome-failed = failed

## The check before publishing

publish-gate-title = Before it goes out
publish-gate-message = This article is about to be sent as { $status }. Please look at:
publish-gate-errors = { $count ->
    [one] 1 error is still in the article
   *[other] { $count } errors are still in the article
    }
publish-gate-no-standfirst = The standfirst is empty
publish-gate-long-headline = The headline has { $length } characters; news sites usually cut headlines after { $limit }
publish-gate-long-headline-site = The headline has { $length } characters; this site's headlines usually stay within { $limit } (measured on its last { $measured } published posts)
publish-gate-note = Why it goes out as it is (kept in the history)
publish-gate-note-placeholder = e.g. names checked with the desk, standfirst follows
publish-gate-cancel = Go back and fix
publish-gate-confirm = Send anyway
publish-gate-refused = Nothing was sent: sending with these problems needs a note.
publish-gate-cancelled = Nothing was sent.

## Categories from the site's own list

publish-create-categories = Create categories the site does not have yet
publish-categories-unknown = The site has no category { $names }: pick from its list, or tick the box above to create it.
publish-categories-will-create = Will be created on the site: { $names }
publish-categories-unreadable = The site's categories could not be read ({ $reason }); they are checked when the post is sent.
publish-revision-title = A newer revision than the approved one
publish-revision-message = { $approver } approved revision { $approved } when marking it Ready, and { $changers } saved since (the latest is revision { $latest }). Which text goes out?
publish-revision-approved = Send revision { $approved }, as approved
publish-revision-latest = Send revision { $latest }, the latest
