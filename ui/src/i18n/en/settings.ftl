# Settings: the desk, the WordPress sites, the rules, the newsroom dictionary, the name register.

settings-title = Settings
settings-back = ← Back
settings-back-title = Back (Esc)
settings-keys = Esc back · { $save } save settings
settings-cancel = Cancel
settings-remove = Remove
settings-saved = Settings saved

## The desk

settings-desk = Desk
settings-author = Your name (signs saves and decisions)
settings-default-language = Default language (new articles, short texts)
settings-save = Save settings

## Publishing

settings-publishing = Publishing
settings-publishing-intro = WordPress sites the desk sends articles to. Articles go as the user you connect with.
settings-site-as = as { $user }
settings-site-remove-label = Remove { $url }
settings-no-sites = No site connected yet.
settings-site-connect-title = Connect a WordPress site
settings-site-help = In WordPress, create an Application Password under Users → Profile → Application Passwords, and paste it here with the site's address and your user name. Sunting checks it against the site, then keeps it in the system keyring, never in Sunting's database.
settings-site-url = Site address
settings-site-user = User name
settings-site-user-placeholder = WordPress user name
settings-site-password = Application Password
settings-site-connect = Connect
settings-site-incomplete = A site needs its address, your user name and an Application Password
settings-site-checking = Checking { $url }…
settings-site-connected = Connected { $url } as { $user }
settings-site-remove-title = Remove { $url }?
settings-site-remove-message = Its password is deleted from the keyring. Posts already on the site stay there, and the export log keeps what was sent.
settings-site-removed = Removed { $url }

## Rules

settings-rules = Rules
settings-rules-intro = Switch off what your desk does not want flagged. A change is saved at once.
settings-rule-severity = ({ $severity ->
    [error] error
    [warning] warning
   *[info] info
    })

## The newsroom dictionary

settings-dictionary = Newsroom dictionary
settings-dictionary-intro = Words the checker accepts in every article: local names, brands, terms of the beat.
settings-dictionary-search = Search the dictionary
settings-dictionary-new = New word
settings-dictionary-add = Add
settings-dictionary-import-placeholder = Paste a word list (one word per line) to import it
settings-dictionary-import = Import pasted list
settings-dictionary-import-file = Import a word list file
settings-dictionary-export = Export word list
settings-dictionary-exported = Dictionary exported to { $path }
settings-dictionary-imported = { $skipped ->
    [0] Dictionary import: { $added } added, { $unchanged } already there
    [one] Dictionary import: { $added } added, { $unchanged } already there, 1 line skipped
   *[other] Dictionary import: { $added } added, { $unchanged } already there, { $skipped } lines skipped
    }
settings-dictionary-no-match = No word matches.
settings-dictionary-empty = The dictionary is empty.
settings-word-added = Added “{ $word }” to the dictionary
settings-word-edit = Edit
settings-word-edit-label = Edit { $word }
settings-word-edit-title = Edit “{ $word }”
settings-word-edit-spelling = Spelling
settings-word-edit-save = Save
settings-word-edited = “{ $word }” is now “{ $spelling }”
settings-word-remove-label = Remove { $word }
settings-word-removed = Removed “{ $word }”

## The name register

settings-names = Name register
settings-names-intro = How saved articles spell names. Confirm the right spelling, and record names that only look alike as different people.
settings-names-search = Search names
settings-names-import-placeholder = Paste a name register CSV (name,confirmed,different_from)
settings-names-import = Import pasted CSV
settings-names-import-file = Import a name register CSV file
settings-names-export = Export CSV
settings-names-exported = Name register exported to { $path }
settings-names-imported = { $skipped ->
    [0] Name register import: { $added ->
        [one] 1 decision added
       *[other] { $added } decisions added
        }
    [one] Name register import: { $added ->
        [one] 1 decision added
       *[other] { $added } decisions added
        }, 1 line skipped
   *[other] Name register import: { $added ->
        [one] 1 decision added
       *[other] { $added } decisions added
        }, { $skipped } lines skipped
    }
settings-names-no-match = No name matches.
settings-names-empty = No names yet: they are counted when articles are saved.
settings-name-counts = { $articles ->
    [one] 1 article
   *[other] { $articles } articles
    }, { $uses ->
    [one] 1 use
   *[other] { $uses } uses
    }
settings-name-confirmed = ✓ confirmed
settings-name-confirm = Confirm
settings-name-unconfirm = Unconfirm
settings-different-add = Different people
settings-different-added = “{ $a }” and “{ $b }” are different people
settings-different-chip = not { $other } ×
settings-different-chip-title = Take back: { $name } and { $other } are different people
settings-different-chip-label = { $name } is not { $other }; remove this decision
settings-different-removed = “{ $name }” and “{ $other }” are no longer recorded as different people
settings-merge-into = Merge into…
settings-merge-title = Merge “{ $variant }” into…
settings-merge-message = The right spelling is confirmed; articles that use the variant will be flagged with it as the suggestion.
settings-merge-spelling = Right spelling
settings-merge = Merge
settings-merged = “{ $variant }” merged into “{ $canonical }”
settings-kind-label = What { $name } is
settings-kind-person = person
settings-kind-organisation = organisation
settings-kind-place = place
settings-kind-set = { $kind ->
    [person] “{ $name }” is a person
    [organisation] “{ $name }” is an organisation
   *[place] “{ $name }” is a place
    }
settings-kind-cleared = “{ $name }” is no longer marked as a person, organisation or place
settings-ui-language = Interface language
settings-ui-language-system = Follow the system
settings-text-size = Text size ({ $bigger } larger, { $smaller } smaller)
settings-text-size-option = { $size }%

## Index, rules saved at once, labelled register fields

settings-index = Sections
settings-rules-saved = Rules saved: they apply to the next check
settings-different-title = Names that only look alike
settings-different-a = Name
settings-different-b = is a different person from
settings-kind = Kind
