# The newsroom server: the sync indicator, Settings → Newsroom, who is editing which article (the
# library and the editor), another computer's revisions, and versions to reconcile.

## The sync indicator (in every screen's footer)

newsroom-sync-off = Not in a newsroom
newsroom-sync-synced = Synced
newsroom-sync-syncing = { $count ->
        [0] Syncing…
       *[other] Syncing… { $count } waiting to be sent
    }
newsroom-sync-waiting = { $count } waiting to be sent
newsroom-sync-offline = { $count ->
        [0] Offline
       *[other] Offline — { $count } waiting
    }
newsroom-sync-refused = Refused by the server: { $problem }
newsroom-sync-title = { $state }. Newsroom server { $server }; last synced { $time }. Click to sync now.
newsroom-sync-title-never = { $state }. Newsroom server { $server }; not synced yet. Click to sync now.

## Settings → Newsroom

newsroom-settings-title = Newsroom
newsroom-settings-intro = On a newsroom server, the computers of one newsroom share their articles with their history, the newsroom dictionary, the name register and the sites, and see who is editing which article. Joining sends this computer's whole archive to the server once; after that only changes travel, and this computer still works offline.
newsroom-settings-security = The password is kept in the system keyring, never in Sunting's database. The connection uses TLS unless the address says sslmode=disable (only for a server on the newsroom's own network).
newsroom-settings-join = Join a newsroom server
newsroom-settings-address = Server address
newsroom-settings-user = User name
newsroom-settings-user-placeholder = Your login on the server
newsroom-settings-password = Password
newsroom-settings-connect = Connect
newsroom-settings-incomplete = Joining needs the server's address, your user name and your password.
newsroom-settings-checking = Checking { $address }…
newsroom-settings-connected = Joined { $server }. This computer's archive is being sent in the background.
newsroom-settings-server = Server:
newsroom-settings-disconnect = Leave the server…
newsroom-settings-disconnect-title = Leave the newsroom server { $server }?
newsroom-settings-disconnect-message = Every article stays on this computer, which then works on its own. You can join again at any time.
newsroom-settings-disconnect-confirm = Leave
newsroom-settings-disconnected = This computer has left { $server }; every article is still here.

## The library

newsroom-presence = { $name } editing since { $time }
newsroom-fork-badge = 2 versions
newsroom-fork-badge-title = Two computers saved over the same revision. Open the article to reconcile its versions.

## The editor: who is editing this article

newsroom-lease-offline = The newsroom server cannot be reached: you are editing offline. Your revisions are sent as soon as the server is back.
newsroom-lease-held = { $name } has been editing this article since { $time }. It is read-only for you.
newsroom-lease-ask = Ask for this article
newsroom-lease-take-over = Take over
newsroom-lease-asked-sent = Asked { $name }. The article opens for you as soon as { $name } lets go of it.
newsroom-lease-take-over-refused = Only editors can take over an article someone else is editing. Ask { $name } for it instead.
newsroom-lease-free = { $name } has finished; you can edit this article now.
newsroom-lease-lost = { $name } took over this article; your work is saved as revision { $number }.
newsroom-lease-lost-note = Saved automatically when { $name } took over
newsroom-lease-lost-unsaved = { $name } took over this article, but your work could not be saved and is still here. Save again: it is kept as a version of its own.
newsroom-lease-asked = { $name } asks for this article.
newsroom-lease-let-go = Hand it over
newsroom-lease-keep = Keep editing
newsroom-lease-let-go-note = Saved when handing the article to { $name }
newsroom-lease-let-go-done = You handed this article to { $name }; your work is saved as revision { $number }.
newsroom-read-only = This article is read-only: someone else is editing it.

## The editor: another computer's revisions, and versions to reconcile

newsroom-remote-change = Another computer saved a new revision of this article. If you save, both texts are kept as two versions to reconcile; nothing is lost.
newsroom-fork = This article has { $count } versions from different computers.
newsroom-fork-reconcile = Reconcile…
newsroom-fork-merging = Reconciling: the text of revision { $number } is loaded. Add what is needed from the other version, then save; that save reconciles the versions.
newsroom-merge-note = Reconciled versions
newsroom-merged = Versions reconciled as revision { $number } (the text of revision { $kept })

## The reconcile dialog

newsroom-reconcile-title = Reconcile the versions of “{ $headline }”
newsroom-reconcile-intro = Two computers saved over the same revision. Keep one version, or reconcile both in the editor. Both versions stay in the history.
newsroom-reconcile-loading = Reading both versions…
newsroom-reconcile-only-in = only in revision { $number }
newsroom-reconcile-version = revision { $number } · { $author } · { $time }
newsroom-reconcile-keep = Keep revision { $number }
newsroom-reconcile-edit = Reconcile in the editor (from revision { $number })
