# What the `sunting` command line says, in English. The ids are the same in id/cli.ftl; a test
# checks that both hold exactly the ids the code uses.

## Clap's own words, and the help and version flags

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-usage-options = OPTIONS
cli-help-default = default
cli-help-possible-values = possible values
cli-help-aliases = aliases
cli-flag-help = Print help
cli-flag-version = Print the version

## Usage errors

cli-error-prefix = error:
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unknown command '{ $command }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-invalid-value-choose = invalid value '{ $value }' for '{ $arg }' (choose from { $valid })
cli-error-missing-argument = a required argument was not given: { $args }
cli-error-missing-command = which command? See the list below.
cli-error-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-error-values = wrong number of values for '{ $arg }'
cli-error-see-help = For more, try '--help'.
cli-warning = warning: { $warning }

## Files, the store and the data folder

cli-created-database = created { $path } with the sample article
cli-no-data-folder = cannot find your data folder (set HOME, or pass --db PATH)
cli-file-not-utf8 = { $file } is not UTF-8 text (invalid byte at offset { $offset }); save it as UTF-8 and try again
cli-password-prompt = Password (not shown as you type):
cli-stdin-unreadable = cannot read standard input
cli-file-unreadable = cannot read { $file }
cli-file-is-folder = { $file } is a folder, not a file
cli-file-too-large = { $file } is too large ({ $size } MB; the limit is { $limit } MB)
cli-input-too-large = { $file } is too large (the limit is { $limit } MB)

## Workflow statuses and severities

cli-status-draft = draft
cli-status-editing = editing
cli-status-ready = ready
cli-status-exported = exported
cli-severity-error = error
cli-severity-warning = warning
cli-severity-info = info

## Commands and their arguments

cli-about = The `sunting` command line: import, list, edit, diff, restore and export articles.
cli--db = The database file [default: the desktop app's database in your data folder]
cli--lang-ui = The language of checker findings, rule descriptions and everything else this command says: id (Bahasa Indonesia) or en [default: the system's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG]
cli-import-about = Import Word, web-page, Markdown or plain-text files as new articles and print each new id.

    Word files (.docx) are read as Word documents (paragraphs, headings, quotes, lists, bold, italic, links; the Title style is the headline). .html and .htm as web pages (structure kept; scripts, styles, navigation and page chrome dropped). .md and .markdown as Markdown with optional front matter. Anything else as plain text: the first non-empty line is the headline, blocks are separated by blank lines.

    Page furniture (“Foto: ...”, “Baca juga: ...”, “Komentar Anda”, share prompts) is removed and listed on standard error, unless --keep-furniture is given. Every file is read and checked first: if one cannot be read, nothing is imported.
cli-import--files = Files to import (`-` reads standard input as plain text)
cli-import--author = The name the first revision is signed with [default: $SUNTING_AUTHOR or $USER]
cli-import--keep-furniture = Keep page furniture in the article (the checker flags it) instead of removing it
cli-list-about = List articles, newest first, or search them
cli-list--status = Only articles with this status (draft, editing, ready, exported)
cli-list--search = Only articles whose headline, standfirst or body contain all these words (best first)
cli-list--limit = At most this many articles
cli-list--json = Print JSON instead of a table
cli-show-about = Show an article (its latest revision, or the one asked for)
cli-show--id = The article's id
cli-show--revision = Show this revision instead of the latest
cli-show--json = Print the article as JSON (the same shape as `export --format json`)
cli-edit-about = Replace an article's headline and body from a file and save a revision.

    The file is read like `import` reads it. Standfirst, byline, dateline, language and tags are kept unless a Markdown file's front matter sets them. Saving text identical to the latest revision adds no revision.
cli-edit--id = The article's id
cli-edit--file = The new text (plain text, Markdown, HTML or .docx; `-` for standard input)
cli-edit--note = A note for the history (“cek nama menteri”)
cli-edit--author = The name the revision is signed with [default: $SUNTING_AUTHOR or $USER]
cli-history-about = List an article's revisions, oldest first, with the words each one added and removed
cli-history--id = The article's id
cli-history--json = Print JSON instead of a table
cli-diff-about = Show what changed between two revisions, word by word and block by block.

    With no revisions: the previous revision against the latest. With one: that revision against the latest. Deleted words are red and struck through, inserted words green and underlined; without colour they are shown as [-deleted-] and {"{"}+inserted+{"}"}.
cli-diff--id = The article's id
cli-diff--rev-a = The older revision [default: the one before the latest]
cli-diff--rev-b = The newer revision [default: the latest]
cli-diff--json = Print the structured diff as JSON
cli-diff--color = When to use colour
cli-restore-about = Make an old revision the latest again, as a new revision (history is never rewritten)
cli-restore--id = The article's id
cli-restore--rev = The revision to restore
cli-restore--author = The name the new revision is signed with [default: $SUNTING_AUTHOR or $USER]
cli-reconcile-about = Join an article's two versions (saved over the same revision on two computers) into one revision: keep one version as it is, or give the text made from them in a file
cli-reconcile--id = The article's id
cli-reconcile--keep = The version to keep (a revision that `sunting show` lists among the versions)
cli-reconcile--file = The joined text (read like `edit` reads it; `-` for standard input)
cli-reconcile--note = A note for the history
cli-reconcile--author = The name the new revision is signed with [default: $SUNTING_AUTHOR or $USER]
cli-status-about = Move an article to another workflow status (draft, editing, ready, exported). The move is logged with who made it and the note, and shows in the desktop app's history
cli-status--id = The article's id
cli-status--status = The new status
cli-status--note = Why (kept in the log; the desktop app asks for one when errors are unresolved)
cli-status--author = Who moves it (default: $SUNTING_AUTHOR or your login name)
cli-export-about = Export an article to a file (or standard output) as Markdown, HTML, Sunting's JSON or IPTC ninjs 2.1 (people, organisations and places from the name register's kinds), or send it to a WordPress site.

    To WordPress: the post is created on the first export and updated after that; categories are picked from the site's list (unless --create-categories) and the article's tags are created on the site when missing; the article is marked Exported. The password is SUNTING_WP_PASSWORD or the keyring's (see `sunting site add`). What cannot reach the site after three tries is queued: `sunting export --send-queued` sends the queue (the desktop app also sends it by itself).
cli-export--id = The article's id
cli-export--format = The file format
cli-export--out = Write here instead of standard output (replaced atomically)
cli-export--revision = Export this revision instead of the latest
cli-export--to = Send to a CMS instead of writing a file
cli-export--site = The site's address (https://kabar.example)
cli-export--user = The WordPress user to publish as
cli-export--status = The post's status on the site
cli-export--category = A category for the post, from the site's list (repeat for more)
cli-export--create-categories = Create the categories the site does not have yet (otherwise an unknown category stops the export before anything is sent)
cli-export--send-queued = Send every queued export now
cli-export--author = The name the export is logged with [default: $SUNTING_AUTHOR or $USER]
cli-export--note = A note the history keeps with the move to Exported (why it goes out as it is)
cli-check-about = Check texts for spelling, typos, names, house style, dates, language and page furniture.

    Each file is one article: paragraphs are separated by blank lines. With no file, or `-`, standard input is read. Exit code: 0 when nothing at error severity was found, 1 when something was, 2 on a usage or input error. The newsroom dictionary and name register are read from the database when --db or SUNTING_DB is given, or when the default database exists. Findings and rule descriptions are told in the interface language (--lang-ui).
cli-check--files = Files to check (`-` for standard input)
cli-check--lang = The language: detect it per paragraph (auto), or check everything as id or en
cli-check--format = Output for people (text), one JSON document (json), or one JSON object per line (jsonl)
cli-check--input = Input: whole files (text), or one JSON object per line {"{"}"id": ..., "text": ...{"}"} (jsonl)
cli-check--year = The year the article is dated, for weekday checks (“Selasa (1/8)”)
cli-check--min-severity = Only report findings at or above this severity
cli-check--color = When to use colour in text output
cli-check--disable = Switch rules off (comma-separated rule ids; see --list-rules)
cli-check--list-rules = List the rules with their category, severity and description, and exit
cli-lsp-about = A language server for Markdown and plain text over standard input and output (Neovim, Helix, Zed, VS Code): diagnostics as the text changes, code actions that replace, add a word to the house dictionary or confirm a name.
cli-serve-about = Serve Sunting's checks over LanguageTool's HTTP API (v2), for LibreOffice, the LanguageTool browser add-on, Obsidian and other editors that speak it. The house dictionary and name register come from the database and are read again when it changes. Listens on this computer only unless --bind says otherwise, and then only with a token (--token-file, or SUNTING_SERVE_TOKEN).
cli-serve--port = The port to listen on
cli-serve--bind = The address to listen on (127.0.0.1: this computer only; 0.0.0.0: the network, with a token)
cli-serve--token-file = A file holding the token clients must give (as the API key, or Authorization: Bearer); SUNTING_SERVE_TOKEN gives it too
cli-serve--origins = A web page origin allowed to call the server from a browser (repeatable), e.g. the browser add-on's
cli-serve--workers = How many requests are handled at once [default: the number of cores]
cli-serve--time-limit = How long one check may take before the client is told to send less text
cli-serve--allow-dictionary-writes = Let clients beyond this computer add and remove house-dictionary words
cli-serve-listening = Serving LanguageTool's API at { $address } (Ctrl+C stops it)
cli-words-about = The newsroom dictionary: words the checker accepts in every article
cli-words-add-about = Add words
cli-words-add--words = The words
cli-words-remove-about = Remove words
cli-words-remove--words = The words
cli-words-list-about = List the words, one per line
cli-words-import-about = Add every word of a UTF-8 word list (one word per line; lines starting with # are skipped)
cli-words-import--file = The word list
cli-names-about = The name register: how saved articles spell names, and editors' decisions about them
cli-names-list-about = List spellings with the number of articles using each, most used first
cli-names-list--json = Print JSON
cli-names-confirm-about = Confirm a spelling as canonical (it is never flagged)
cli-names-confirm--name = The spelling
cli-names-different-about = Record that two similar spellings are different people or bodies
cli-names-different--a = One spelling
cli-names-different--b = The other
cli-names-kind-about = Say what a name names, for ninjs export's people, organisations and places
cli-names-kind--name = The spelling
cli-names-kind--kind = What it names
cli-site-about = The CMS sites articles are exported to. Passwords go to the operating system's keyring, never to the database
cli-site-add-about = Connect a WordPress site: checks the address and Application Password, then keeps the password in the keyring. The password is read from SUNTING_WP_PASSWORD or the first line of standard input (so it never shows in the process list or the shell's history)
cli-site-add--url = The site's address (https://kabar.example)
cli-site-add--user = The WordPress user to publish as
cli-site-add--no-check = Keep the site even if it cannot be reached now
cli-site-list-about = List the connected sites
cli-site-remove-about = Forget a site and its password (the export log stays)
cli-site-remove--url = The site's address
cli-site-remove--user = The user

## What the commands say

cli-import-furniture-removed = { $file }: removed { $count } { $count ->
        [one] block
       *[other] blocks
    } of page furniture: { $blocks }
cli-import-unreadable = { $reason }; nothing was imported
cli-list-forked = [two versions: see `sunting show`]
cli-list-empty = No articles.
cli-list-column-id = ID
cli-list-column-status = STATUS
cli-list-column-language = LANG
cli-list-column-words = WORDS
cli-list-column-updated = UPDATED
cli-list-column-headline = HEADLINE
cli-show-forked = This article has { $count } versions saved over the same revision (revisions { $revisions }); both texts are kept. Reconcile them with `sunting reconcile` (keep one, or give the joined text) or in the app.
cli-show-unsaved = (Unsaved changes autosaved { $saved } are not shown; save them in the app.)
cli-show-article = Article { $id }
cli-show-revision = revision { $revision } of { $count }
cli-show-language = language { $language }
cli-show-words = { $count } words
cli-show-updated = updated { $time }
cli-show-byline = Byline
cli-show-dateline = Dateline
cli-show-tags = Tags
cli-edit-saved = Saved revision { $revision } of article { $id } (+{ $added } -{ $removed } words)
cli-edit-unchanged = No changes: revision { $revision } of article { $id } already has this text
cli-edit-unreadable = { $reason }; the article was not changed
cli-history-column-revision = REV
cli-history-column-uuid = ID
cli-history-column-saved = SAVED
cli-history-column-author = AUTHOR
cli-history-column-added = ADDED
cli-history-column-removed = REMOVED
cli-history-column-note = NOTE
cli-history-restored = restored revision { $revision }
cli-history-sample = the sample article
cli-history-created = new article
cli-history-imported = imported
cli-history-imported-from = imported from { $file }
cli-history-sent = revision { $revision } sent to { $site } (post { $post })
cli-diff-heading = Article { $id }: revision { $from } → { $to }
cli-reconcile-saved = Saved revision { $revision } of article { $id }, joining its { $count } versions (revisions { $revisions })
cli-reconcile-no-fork = article { $id } has only one version: there is nothing to reconcile
cli-reconcile-not-a-version = revision { $revision } is not one of the versions to reconcile (revisions { $revisions })
cli-restore-restored = Restored revision { $from } of article { $id } as revision { $revision }
cli-restore-unchanged = No changes: the latest revision ({ $revision }) already equals revision { $from }
cli-status-moved = Article { $id } is now { $status }
cli-export-which-article = which article? give its id
cli-export-format-or-to = give --format or --to
cli-export-written = Exported article { $id } to { $file }
cli-export-progress = article { $id }, attempt { $attempt } of { $attempts }: { $message }
cli-export-site-and-user = --to wordpress needs --site and --user
cli-export-sent-created = Sent revision { $revision } of article { $id } to { $site }: post { $post } created ({ $status }) { $link }
cli-export-sent-updated = Sent revision { $revision } of article { $id } to { $site }: post { $post } updated ({ $status }) { $link }
cli-export-queued = article { $id } is not on { $site } yet: { $reason }; it is queued (send it with `sunting export --send-queued`)
cli-export-failed = article { $id } was not sent to { $site }: { $reason }
cli-export-newer-than-approved = article { $id } was not sent: { $approver } approved revision { $approved }, and { $changers } saved since (the latest is revision { $latest }). Send the approved one with `--revision { $approved }`, or the latest with `--revision { $latest }`
cli-export-queue-sent = Sent article { $id }: post { $post } { $link }
cli-export-still-queued = article { $id } is still queued: { $reason }
cli-export-left-queue = article { $id } was not sent and left the queue: { $reason }
cli-export-nothing-queued = Nothing is queued
cli-export-unsent = { $unsent } of { $count } queued exports were not sent
cli-check-errors-found = errors found
cli-check-unknown-rule = unknown rule '{ $rule }' (see sunting check --list-rules)
cli-check-unknown-language = unknown language '{ $language }' (use auto, id or en)
cli-check-rule-failed = the { $rule } check stopped on the article ({ $reason }); its findings are missing, the others are shown
cli-check-rule-failed-block = the { $rule } check stopped on block { $block } ({ $reason }); its findings are missing, the others are shown
cli-check-jsonl-files = --input jsonl reads standard input; do not name files
cli-check-jsonl-line = line { $line }: expected {"{"}"id": ..., "text": ...{"}"}
cli-words-added = added { $word }
cli-words-already-there = already there: { $word }
cli-words-removed = removed { $word }
cli-words-not-there = not there: { $word }
cli-words-imported = added { $count } words
cli-names-confirmed-mark = confirmed
cli-names-confirmed = confirmed { $name }
cli-names-different-recorded = { $a } and { $b } are recorded as different
cli-names-kind-set = { $name } is a { $kind }
cli-names-kind-cleared = { $name } has no kind
cli-site-no-password = no password: give the site's Application Password on standard input or in SUNTING_WP_PASSWORD
cli-site-cannot-connect = cannot connect to { $url } as { $user }
cli-site-connected = Connected to { $url } as { $name }
cli-site-unknown = no site { $url } with user { $user }
cli-site-removed = Removed { $url }

## The newsroom server and sync

cli-server-about = Set up a newsroom server on PostgreSQL: its schema and its people
cli-server-init-about = Create (or bring up to date) Sunting's schema on a PostgreSQL database. Run it as the newsroom's administrator; the password is SUNTING_PG_PASSWORD or the address's own
cli-server-init--url = The database's address (postgres://admin@db.kabar.example/newsroom; TLS unless sslmode=disable)
cli-server-add-user-about = Give a person a login on the newsroom server, with editor or reporter rights. The password is SUNTING_NEW_USER_PASSWORD or the first line of standard input (at least 12 characters)
cli-server-add-user--role = The login name (a PostgreSQL role)
cli-server-add-user--server = The database's address, as the administrator
cli-server-add-user--name = The name others see [default: the login name]
cli-server-add-user--rights = Editors move articles through the whole workflow, keep the dictionary and name register, and can take an article over; reporters write and edit drafts
cli-sync-about = This computer and its newsroom server: join, sync, see how it stands
cli-sync-init-about = Join a newsroom server: checks the address and password, keeps the password in the keyring, then pushes this computer's archive once and pulls the newsroom's. The password is SUNTING_PG_PASSWORD or the first line of standard input
cli-sync-init--url = The server's address with your login (postgres://ayu@db.kabar.example/newsroom; TLS unless sslmode=disable)
cli-sync-now-about = Push what waits and pull what others wrote, now
cli-sync-status-about = Show the server, what waits to be pushed, the last sync and the articles with two versions to reconcile
cli-who-about = Who is editing which article now (from the newsroom server)
cli-server-weak-password = the new password is too short: give at least 12 characters
cli-server-current = { $server } is up to date (schema { $version })
cli-server-initialised = { $server } is set up: schema { $from } → { $to }
cli-server-user-added = { $role } can now log in, as { $rights }
cli-sync-not-joined = this computer has not joined a newsroom server: run `sunting sync init URL` first
cli-sync-progress = pushed { $sent }, { $left } waiting
cli-sync-joining = Joining { $server }: { $waiting } changes from this computer's archive to push
cli-sync-done = Synced: { $sent } changes pushed, { $revisions } revisions pulled
cli-sync-password-kept = The password is kept in this computer's keyring.
cli-sync-password-not-kept = No keyring on this computer: the password is not kept; give it with SUNTING_PG_PASSWORD each time.
cli-sync-skipped = { $count } changes from the server cannot be read by this computer and were skipped (see `sunting sync status`)
cli-sync-no-keyring = no keyring is available to keep the newsroom password ({ $reason }): start your desktop's keyring (GNOME Keyring or KWallet), or set SUNTING_PG_PASSWORD, which is then read at every sync
cli-sync-no-password = the keyring holds no newsroom password for { $server }: run `sunting sync init` again, or set SUNTING_PG_PASSWORD
cli-sync-refused = the server refused { $count } changes: { $reason }
cli-sync-status-server = Server: { $server }
cli-sync-status-waiting = Waiting to be pushed: { $count }
cli-sync-status-last = Last sync: { $time }
cli-sync-status-never = Not synced yet
cli-sync-status-error = Last problem: { $error }
cli-sync-status-fork = Article { $id } has { $heads } versions to reconcile: { $headline }
cli-who-nobody = Nobody is editing an article now.
cli-who-editing = { $name } is editing since { $since }: { $article }
