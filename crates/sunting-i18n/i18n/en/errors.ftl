# What Sunting says when something fails, in English. Ids are shared with i18n/id/errors.ftl;
# a test keeps the two to exactly the ids the code uses.

## The archive (the SQLite database)
store-no-article = no article with id { $id }
store-no-revision = article { $id } has no revision { $revision } (it has { $count })
store-newer-schema = { $path } was made by a newer version of Sunting (schema { $found }; this version knows up to { $supported }); update Sunting to open it
store-not-sunting = { $path } is not a Sunting database
store-locked = the database is locked by another program (is Sunting open elsewhere?); try again when it is done
store-read-only = the database is read-only; nothing was saved
store-disk-full = the disk is full; nothing was saved (free some space and save again)
store-cannot-open = cannot open the database at { $path }: { $reason }
store-damaged = stored content of article { $id } revision { $revision } is damaged: { $detail }
store-write-failed = the disk refused to write the database ({ $detail }); nothing was saved. If the disk is full, free some space and try again
store-too-many-blocks = this article has { $count } paragraphs, more than Sunting edits in one piece ({ $limit }); nothing was saved, split it into several articles
store-too-much-text = this article holds { $size } MB of text, more than Sunting edits in one piece ({ $limit } MB); nothing was saved, split it into several articles
store-not-a-site-address = '{ $url }' is not a site address; it must start with https:// (or http:// on this computer)
store-site-without-user = a site needs the user name to publish as
store-no-site = there is no site { $id }
store-damaged-sync-record = a sync record ({ $what }) is damaged: { $detail }
store-database = database error: { $detail }

## Importing a file
import-too-large = { $file } is { $size } MB, more than Sunting imports as one article ({ $limit } MB)
import-not-utf8 = { $file } is not UTF-8 text (first bad byte on line { $line }); save it as UTF-8 and import it again
import-too-many-blocks = { $file } has { $count } paragraphs, more than Sunting edits in one article ({ $limit }); split it into several files
import-empty = { $file } has no text to import
import-docx-not-zip = { $file } is not a Word document (.docx); old .doc files must be saved as .docx first
import-docx-not-word = { $file } is a zip archive but not a Word document (it has no word/document.xml)
import-docx-too-large = { $file } expands to more than { $limit } MB of XML, more than one article holds
import-docx-damaged = { $file } is a damaged Word document ({ $detail })

## The keyring that keeps passwords
keyring-missing = the keyring has no password for { $entry }; add the site again with its Application Password
keyring-unavailable = no keyring is available to keep site passwords ({ $reason }); start your desktop's keyring (GNOME Keyring or KWallet), or give the command line the password in SUNTING_WP_PASSWORD
keyring-locked = the keyring is locked; unlock it and try again

## A WordPress site
site-unauthorized = the site refused the user name or Application Password (HTTP { $status }); check them in the site's settings
site-rejected = the site refused the post (HTTP { $status }, { $code }): { $message }
site-server = the site had an internal error (HTTP { $status })
site-timeout = the site did not answer in time
site-unreachable = the site cannot be reached ({ $reason })
site-unexpected = the site's answer is not WordPress's ({ $reason })
site-not-kept = the site did not keep what was sent: { $reason }
site-not-this-articles-post = post { $id } on the site is not this article's post (the site has it at { $link }); it was not changed: check the post on the site
site-unknown-categories = the site has no category { $names }; pick one of its categories, or ask for a new one to be created

## Sending to a site
publish-sending = Sending to { $site }
publish-waiting = Trying again in { $seconds } s
publish-created = created
publish-updated = updated
publish-attempt-failed = attempt { $attempt } of { $attempts }: { $reason }
publish-unknown-status = the queued export asks for a post status this version does not know (“{ $status }”); nothing was sent
publish-newer-than-approved = revision { $latest } is newer than revision { $approved }, the one { $approver } approved ({ $changers } saved since); nothing was sent: export it again and choose which revision to send

## The newsroom server (PostgreSQL)
sync-connect = cannot reach the newsroom server: { $reason }
sync-not-initialised = the newsroom server is not set up yet: run `sunting server init` on it first
sync-newer = the newsroom server was set up by a newer Sunting (schema { $found }; this version knows up to { $supported }); update Sunting
sync-older = the newsroom server runs an older schema ({ $found }; this version needs { $supported }): ask its administrator to run `sunting server init` again
sync-refused = the newsroom server refused it: { $reason }
sync-bad-address = '{ $address }' is not a PostgreSQL address: { $reason }
sync-bad-certificate = cannot use the server's certificate { $path }: { $reason }
sync-bad-role-name = '{ $role }' cannot be a role name (1 to 63 characters)
sync-schema-open-to-all = anyone who can log in may create objects in schema '{ $schema }' of this database, where a planted function could run as someone else; as the database's owner run `REVOKE CREATE ON SCHEMA { $schema } FROM PUBLIC;`, then run `sunting server init` again
sync-privileged-role = '{ $role }' is a privileged role on this server (or the administrator's own): it cannot become one of the newsroom's people; choose another name
sync-not-a-newsroom-role = a role '{ $role }' already exists on this server and is not one of the newsroom's people; choose another name
sync-membership-not-as-granted = '{ $role }' did not get the rights of a { $rights } (another grant on the server gives it more or less); ask the server's administrator to check its memberships
sync-wrong-password = the newsroom server refused the password for '{ $role }': check it, and give it again with SUNTING_PG_PASSWORD or `sunting sync init`
sync-unknown-database = the newsroom server has no database '{ $database }': check the name at the end of the address
sync-login-disabled = '{ $role }' may not log in to the newsroom server (the login was disabled or revoked): ask the newsroom's administrator
sync-not-in-this-newsroom = '{ $role }' is not one of the people of the newsroom in database '{ $database }': ask its administrator to add you with `sunting server add-user`, or check the database name at the end of the address
sync-too-many-connections = the newsroom server has no connection left for this login: close other Sunting windows on this login, or try again in a minute
sync-tls-not-offered = the newsroom server does not offer TLS, and Sunting sends no password unencrypted: ask its administrator to turn TLS on (ssl = on)
sync-tls-not-trusted = the newsroom server's certificate is not trusted ({ $reason }): add sslrootcert=FILE with the newsroom's certificate authority to the address
sync-tls-not-required = sslmode={ $mode } lets the password travel unencrypted: use sslmode=require or sslmode=verify-full
sync-plain-only-on-this-computer = sslmode=disable is only for a server on this computer: remove it, so the connection uses TLS
sync-password-in-address = the address holds a password, which Sunting does not keep in an address: remove it and give the password with SUNTING_PG_PASSWORD or on standard input
sync-refusal-editors-only-status = only editors can mark an article Ready or Exported; it is back to the status the newsroom holds
sync-refusal-editors-only-set = only editors can change the dictionary, the name register, sites and posts; this computer's change was taken back
sync-refusal-other = the newsroom server refused it: { $reason }
sync-server = newsroom server error: { $detail }

## The desktop window's own checks
desk-import-failed = { $reason }; nothing was imported
desk-import-no-bytes = the file's bytes did not arrive; nothing was imported
desk-no-export-folder = there is no Downloads or home folder to export to
desk-author-empty = the author name cannot be empty; nothing was changed
desk-unknown-language = unknown language “{ $code }”
desk-site-needs-credentials = a site needs its user name and an Application Password
desk-site-cannot-connect = cannot connect to { $url } as { $user }: { $reason }
desk-site-unreadable = { $url } could not be read: { $reason }
desk-out-of-step = the checker and the editor are out of step; the whole article is sent again
desk-newsroom-address = give the server's address (db.kabar.example/redaksi) and your user name; nothing was changed

## Files written for the editor (exports)
write-device-name = { $path } is a name Windows keeps for a device ({ $device }); choose another file name
write-in-use = { $path } is open in another program; close it there and try again
write-disk-full = the disk is full; { $path } was not written
write-not-a-file-name = { $path } is not a file name
write-failed = cannot write { $path }: { $reason }
