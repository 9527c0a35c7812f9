//! The newsroom server's schema on PostgreSQL, its migrations, and its people.
//!
//! Everything lives in the schema `sunting` of the database the newsroom's IT person gives us.
//! Each migration is one step from version N to N+1, recorded in `sunting.schema_version`; all
//! pending steps run in one transaction, under an advisory lock so two desks cannot migrate at
//! once. A server whose version is newer than this build knows is refused, never changed.
//!
//! Rights are the server's to enforce, not the client's:
//! - Revisions, status changes and set writes are append-only: triggers refuse UPDATE, DELETE
//!   and TRUNCATE for everyone, the owner included.
//! - People get one login role each, a member of `sunting_editor` or `sunting_reporter` (editors
//!   are reporters too). Those roles may read everything and insert only the columns a desk
//!   writes: `pushed_by` is always the session's own role, so nobody can write as someone else.
//! - Row policies: a reporter's status changes stay in draft and editing, and a reporter cannot
//!   change the dictionary, the name register or the sites (only record posts).
//! - Leases (who is editing) change only through functions that check who is asking; only an
//!   editor can take over another person's lease.
//! - Rights are this newsroom's (schema 3): the group roles are the whole PostgreSQL server's,
//!   so a session is one of the newsroom's people, or an editor, only by its row in this
//!   database's `sunting.people` (`sunting.is_person`, `sunting.is_editor`), and only people
//!   granted `CONNECT` by `add_user` connect to the database. Two newsrooms on one server stay
//!   apart.
//! - Rows the owner withdrew (`sunting.withdrawn`) are not pulled by any desk.

use crate::SyncError;
use postgres::Client;

/// The schema version this build writes.
pub const LATEST_VERSION: i32 = MIGRATIONS.len() as i32;

/// The group role of editors.
pub const EDITOR_ROLE: &str = "sunting_editor";
/// The group role of reporters.
pub const REPORTER_ROLE: &str = "sunting_reporter";

/// Migration N+1 is `MIGRATIONS[N]`.
const MIGRATIONS: &[&str] = &[
    r#"
    CREATE TABLE sunting.people (
        role         name        PRIMARY KEY,
        display_name text        NOT NULL,
        rights       text        NOT NULL CHECK (rights IN ('editor', 'reporter')),
        added_at     timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE sunting.revisions (
        uuid          uuid        PRIMARY KEY,
        article       uuid        NOT NULL,
        parents       uuid[]      NOT NULL,
        machine       text        NOT NULL,
        author        text        NOT NULL,
        note          text,
        content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        word_count    integer     NOT NULL,
        restored_from uuid,
        created_at    bigint      NOT NULL,
        content       text        NOT NULL,
        pushed_by     name        NOT NULL DEFAULT session_user,
        pushed_at     timestamptz NOT NULL DEFAULT now(),
        txid          xid8        NOT NULL DEFAULT pg_current_xact_id()
    );
    CREATE INDEX revisions_by_txid ON sunting.revisions (txid, uuid);
    CREATE INDEX revisions_by_article ON sunting.revisions (article);

    CREATE TABLE sunting.status_changes (
        uuid       uuid        PRIMARY KEY,
        article    uuid        NOT NULL,
        status     text        NOT NULL CHECK (status IN ('draft', 'editing', 'ready', 'exported')),
        changed_at bigint      NOT NULL,
        author     text        NOT NULL,
        note       text,
        pushed_by  name        NOT NULL DEFAULT session_user,
        pushed_at  timestamptz NOT NULL DEFAULT now(),
        txid       xid8        NOT NULL DEFAULT pg_current_xact_id()
    );
    CREATE INDEX status_changes_by_txid ON sunting.status_changes (txid, uuid);

    CREATE TABLE sunting.set_writes (
        uuid      uuid        PRIMARY KEY,
        kind      text        NOT NULL CHECK (kind IN ('word', 'confirmed', 'different', 'name_kind', 'site', 'post')),
        key       text        NOT NULL,
        value     text,
        at        bigint      NOT NULL,
        pushed_by name        NOT NULL DEFAULT session_user,
        pushed_at timestamptz NOT NULL DEFAULT now(),
        txid      xid8        NOT NULL DEFAULT pg_current_xact_id()
    );
    CREATE INDEX set_writes_by_txid ON sunting.set_writes (txid, uuid);

    CREATE TABLE sunting.leases (
        article     uuid        PRIMARY KEY,
        holder      name        NOT NULL,
        holder_name text        NOT NULL,
        machine     text        NOT NULL,
        since       timestamptz NOT NULL,
        expires_at  timestamptz NOT NULL
    );

    -- The history is append-only, for the owner too.
    CREATE FUNCTION sunting.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'sunting: % on % is refused: the newsroom''s history is append-only', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER revisions_are_kept BEFORE UPDATE OR DELETE ON sunting.revisions
        FOR EACH ROW EXECUTE FUNCTION sunting.refuse_change();
    CREATE TRIGGER revisions_are_not_truncated BEFORE TRUNCATE ON sunting.revisions
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.refuse_change();
    CREATE TRIGGER status_changes_are_kept BEFORE UPDATE OR DELETE ON sunting.status_changes
        FOR EACH ROW EXECUTE FUNCTION sunting.refuse_change();
    CREATE TRIGGER status_changes_are_not_truncated BEFORE TRUNCATE ON sunting.status_changes
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.refuse_change();
    CREATE TRIGGER set_writes_are_kept BEFORE UPDATE OR DELETE ON sunting.set_writes
        FOR EACH ROW EXECUTE FUNCTION sunting.refuse_change();
    CREATE TRIGGER set_writes_are_not_truncated BEFORE TRUNCATE ON sunting.set_writes
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.refuse_change();

    -- Desks listen on `sunting_changes` and pull when it fires; `sunting_leases` for presence.
    CREATE FUNCTION sunting.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify(CASE WHEN TG_TABLE_NAME = 'leases' THEN 'sunting_leases' ELSE 'sunting_changes' END, TG_TABLE_NAME);
        RETURN NULL;
    END $$;
    CREATE TRIGGER revisions_notify AFTER INSERT ON sunting.revisions
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.notify_change();
    CREATE TRIGGER status_changes_notify AFTER INSERT ON sunting.status_changes
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.notify_change();
    CREATE TRIGGER set_writes_notify AFTER INSERT ON sunting.set_writes
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.notify_change();
    CREATE TRIGGER leases_notify AFTER INSERT OR UPDATE OR DELETE ON sunting.leases
        FOR EACH STATEMENT EXECUTE FUNCTION sunting.notify_change();

    -- Who may do what. The group roles are the cluster's; they may exist from another newsroom
    -- database on the same server.
    -- Two databases set up at once may race to make them: the loser finds them made.
    DO $$
    BEGIN
        BEGIN
            CREATE ROLE sunting_reporter NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
        BEGIN
            CREATE ROLE sunting_editor NOLOGIN IN ROLE sunting_reporter;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END $$;
    REVOKE ALL ON SCHEMA sunting FROM PUBLIC;
    GRANT USAGE ON SCHEMA sunting TO sunting_reporter;
    GRANT SELECT ON sunting.schema_version, sunting.people, sunting.revisions, sunting.status_changes,
                    sunting.set_writes, sunting.leases TO sunting_reporter;
    GRANT INSERT (uuid, article, parents, machine, author, note, content_hash, word_count, restored_from, created_at, content)
        ON sunting.revisions TO sunting_reporter;
    GRANT INSERT (uuid, article, status, changed_at, author, note) ON sunting.status_changes TO sunting_reporter;
    GRANT INSERT (uuid, kind, key, value, at) ON sunting.set_writes TO sunting_reporter;

    ALTER TABLE sunting.status_changes ENABLE ROW LEVEL SECURITY;
    CREATE POLICY everyone_reads ON sunting.status_changes FOR SELECT USING (true);
    CREATE POLICY editors_move ON sunting.status_changes FOR INSERT TO sunting_editor WITH CHECK (true);
    CREATE POLICY reporters_draft ON sunting.status_changes FOR INSERT TO sunting_reporter
        WITH CHECK (status IN ('draft', 'editing'));
    ALTER TABLE sunting.set_writes ENABLE ROW LEVEL SECURITY;
    CREATE POLICY everyone_reads ON sunting.set_writes FOR SELECT USING (true);
    CREATE POLICY editors_write ON sunting.set_writes FOR INSERT TO sunting_editor WITH CHECK (true);
    CREATE POLICY reporters_record_posts ON sunting.set_writes FOR INSERT TO sunting_reporter WITH CHECK (kind = 'post');

    -- Leases: taken, renewed and freed through these functions only; none longer than ten minutes.
    CREATE FUNCTION sunting.take_lease(p_article uuid, p_machine text, p_name text, p_take_over boolean, p_seconds integer)
    RETURNS TABLE (granted boolean, holder name, holder_name text, machine text, since timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        current sunting.leases;
    BEGIN
        IF NOT pg_has_role(session_user, 'sunting_reporter', 'MEMBER') THEN
            RAISE EXCEPTION 'sunting: % is not one of the newsroom''s people', session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- One taker at a time per article.
        PERFORM pg_advisory_xact_lock(hashtextextended(p_article::text, 0));
        SELECT * INTO current FROM sunting.leases l WHERE l.article = p_article;
        IF FOUND AND current.expires_at > now() AND NOT (current.holder = session_user AND current.machine = p_machine) THEN
            IF NOT (p_take_over AND pg_has_role(session_user, 'sunting_editor', 'MEMBER')) THEN
                RETURN QUERY SELECT false, current.holder, current.holder_name, current.machine, current.since, current.expires_at;
                RETURN;
            END IF;
        END IF;
        INSERT INTO sunting.leases AS l (article, holder, holder_name, machine, since, expires_at)
        VALUES (p_article, session_user, p_name, p_machine, now(), now() + make_interval(secs => least(greatest(p_seconds, 1), 600)))
        ON CONFLICT (article) DO UPDATE SET
            holder = excluded.holder, holder_name = excluded.holder_name, machine = excluded.machine,
            since = CASE WHEN l.holder = excluded.holder AND l.machine = excluded.machine AND l.expires_at > now()
                         THEN l.since ELSE excluded.since END,
            expires_at = excluded.expires_at;
        RETURN QUERY SELECT true, l.holder, l.holder_name, l.machine, l.since, l.expires_at
            FROM sunting.leases l WHERE l.article = p_article;
    END $$;
    CREATE FUNCTION sunting.release_lease(p_article uuid, p_machine text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        DELETE FROM sunting.leases l WHERE l.article = p_article AND l.holder = session_user AND l.machine = p_machine;
        RETURN FOUND;
    END $$;
    -- Asking the holder for a story: a notification their desk shows.
    CREATE FUNCTION sunting.ask_for_lease(p_article uuid, p_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM pg_notify('sunting_asks', json_build_object('article', p_article, 'from', p_name, 'role', session_user)::text);
    END $$;
    REVOKE ALL ON FUNCTION sunting.take_lease(uuid, text, text, boolean, integer), sunting.release_lease(uuid, text),
        sunting.ask_for_lease(uuid, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sunting.take_lease(uuid, text, text, boolean, integer), sunting.release_lease(uuid, text),
        sunting.ask_for_lease(uuid, text) TO sunting_reporter;
"#,
    r#"
    -- 2: a server that trusts no desk. Every function pins its search_path and names what it
    -- calls; who did something and when is the server's word, not the desk's.

    -- The newsroom's own id: a desk that finds another id knows it joined another server.
    CREATE TABLE sunting.newsroom (
        id  uuid    PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
        one boolean NOT NULL DEFAULT true UNIQUE CHECK (one)
    );
    INSERT INTO sunting.newsroom DEFAULT VALUES;
    GRANT SELECT ON sunting.newsroom TO sunting_reporter;

    -- Which person a desk's machine id belongs to: the first to use it. Another person's desk
    -- cannot then take a lease that the first desk would count as its own.
    CREATE TABLE sunting.machines (
        machine text NOT NULL PRIMARY KEY CHECK (pg_catalog.octet_length(machine) BETWEEN 1 AND 200),
        role    name NOT NULL
    );
    INSERT INTO sunting.machines (machine, role)
        SELECT DISTINCT ON (r.machine) r.machine, r.pushed_by FROM sunting.revisions r
        WHERE pg_catalog.octet_length(r.machine) BETWEEN 1 AND 200 ORDER BY r.machine, r.pushed_at
        ON CONFLICT DO NOTHING;
    INSERT INTO sunting.machines (machine, role)
        SELECT l.machine, l.holder FROM sunting.leases l WHERE pg_catalog.octet_length(l.machine) BETWEEN 1 AND 200
        ON CONFLICT DO NOTHING;

    CREATE FUNCTION sunting.claim_machine(p_machine text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        owner name;
    BEGIN
        INSERT INTO sunting.machines AS m (machine, role) VALUES (p_machine, session_user) ON CONFLICT (machine) DO NOTHING;
        SELECT m.role INTO owner FROM sunting.machines m WHERE m.machine = p_machine;
        IF owner IS DISTINCT FROM session_user THEN
            RAISE EXCEPTION 'sunting: this desk''s machine id belongs to another person''s desk'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END $$;
    REVOKE ALL ON FUNCTION sunting.claim_machine(text) FROM PUBLIC;

    -- The person behind the session, as the server knows them.
    CREATE FUNCTION sunting.display_name() RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT COALESCE((SELECT p.display_name FROM sunting.people p WHERE p.role = session_user), session_user::text)
    $$;
    -- The server's clock, in milliseconds since the epoch.
    CREATE FUNCTION sunting.now_millis() RETURNS bigint
    LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
        SELECT pg_catalog.floor(pg_catalog.date_part('epoch', pg_catalog.clock_timestamp()) * 1000)::bigint
    $$;
    CREATE FUNCTION sunting.is_editor() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT pg_catalog.pg_has_role(session_user, 'sunting_editor', 'MEMBER')
    $$;
    REVOKE ALL ON FUNCTION sunting.display_name(), sunting.now_millis(), sunting.is_editor() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sunting.display_name(), sunting.now_millis(), sunting.is_editor() TO sunting_reporter;

    -- Stamps: the session's login and name, the server's clock, and the rights of each kind.
    CREATE FUNCTION sunting.stamp_revision() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM sunting.claim_machine(NEW.machine);
        NEW.author := sunting.display_name();
        NEW.pushed_by := session_user;
        NEW.pushed_at := pg_catalog.now();
        RETURN NEW;
    END $$;
    CREATE FUNCTION sunting.stamp_status() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NEW.status IN ('ready', 'exported') AND NOT sunting.is_editor() THEN
            RAISE EXCEPTION 'sunting: only editors can mark a story ready or exported'
                USING ERRCODE = 'insufficient_privilege', HINT = 'editors-only-status';
        END IF;
        NEW.author := sunting.display_name();
        NEW.changed_at := sunting.now_millis();
        NEW.pushed_by := session_user;
        NEW.pushed_at := pg_catalog.now();
        RETURN NEW;
    END $$;
    CREATE FUNCTION sunting.stamp_set_write() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT sunting.is_editor() THEN
            RAISE EXCEPTION 'sunting: only editors can change the dictionary, the name register, sites and posts'
                USING ERRCODE = 'insufficient_privilege', HINT = 'editors-only-set';
        END IF;
        IF NEW.kind = 'word' AND NEW.value IS NOT NULL THEN
            NEW.value := sunting.display_name();
        END IF;
        NEW.at := sunting.now_millis();
        NEW.pushed_by := session_user;
        NEW.pushed_at := pg_catalog.now();
        RETURN NEW;
    END $$;
    REVOKE ALL ON FUNCTION sunting.stamp_revision(), sunting.stamp_status(), sunting.stamp_set_write() FROM PUBLIC;
    CREATE TRIGGER revisions_stamp BEFORE INSERT ON sunting.revisions
        FOR EACH ROW EXECUTE FUNCTION sunting.stamp_revision();
    CREATE TRIGGER status_changes_stamp BEFORE INSERT ON sunting.status_changes
        FOR EACH ROW EXECUTE FUNCTION sunting.stamp_status();
    CREATE TRIGGER set_writes_stamp BEFORE INSERT ON sunting.set_writes
        FOR EACH ROW EXECUTE FUNCTION sunting.stamp_set_write();

    -- Reporters write no set item at all (posts and sites included); row security applies to
    -- the tables' owner too.
    DROP POLICY reporters_record_posts ON sunting.set_writes;
    ALTER TABLE sunting.status_changes FORCE ROW LEVEL SECURITY;
    ALTER TABLE sunting.set_writes FORCE ROW LEVEL SECURITY;

    -- Every column a desk reads is bounded. NOT VALID: rows an older server took stay (desks skip
    -- those they cannot read); every new row is checked.
    ALTER TABLE sunting.revisions
        ADD CONSTRAINT revisions_parents_shape CHECK (
            CASE WHEN COALESCE(pg_catalog.array_ndims(parents), 1) <> 1 THEN false
                 ELSE pg_catalog.array_position(parents, NULL) IS NULL AND pg_catalog.cardinality(parents) <= 16 END) NOT VALID,
        ADD CONSTRAINT revisions_sizes CHECK (
            pg_catalog.octet_length(content) <= 25165824
            AND pg_catalog.octet_length(machine) BETWEEN 1 AND 200
            AND pg_catalog.octet_length(author) <= 200
            AND COALESCE(pg_catalog.octet_length(note), 0) <= 10000
            AND word_count >= 0) NOT VALID,
        ADD CONSTRAINT revisions_time CHECK (created_at BETWEEN 0 AND 253402300799999) NOT VALID;
    ALTER TABLE sunting.status_changes
        ADD CONSTRAINT status_changes_sizes CHECK (
            pg_catalog.octet_length(author) <= 200 AND COALESCE(pg_catalog.octet_length(note), 0) <= 10000) NOT VALID,
        ADD CONSTRAINT status_changes_time CHECK (changed_at BETWEEN 0 AND 253402300799999) NOT VALID;
    ALTER TABLE sunting.set_writes
        ADD CONSTRAINT set_writes_sizes CHECK (
            pg_catalog.octet_length(key) BETWEEN 1 AND 2000 AND COALESCE(pg_catalog.octet_length(value), 0) <= 100000) NOT VALID,
        ADD CONSTRAINT set_writes_time CHECK (at BETWEEN 0 AND 253402300799999) NOT VALID;
    ALTER TABLE sunting.leases
        ADD CONSTRAINT leases_sizes CHECK (
            pg_catalog.octet_length(machine) <= 200 AND pg_catalog.octet_length(holder_name) <= 200) NOT VALID;

    -- The functions of version 1, again with a pinned search_path and qualified calls.
    CREATE OR REPLACE FUNCTION sunting.refuse_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        RAISE EXCEPTION 'sunting: % on % is refused: the newsroom''s history is append-only', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE OR REPLACE FUNCTION sunting.notify_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM pg_catalog.pg_notify(CASE WHEN TG_TABLE_NAME = 'leases' THEN 'sunting_leases' ELSE 'sunting_changes' END,
                                     TG_TABLE_NAME::text);
        RETURN NULL;
    END $$;
    -- The holder's name is the server's; the machine id must be the person's own.
    CREATE OR REPLACE FUNCTION sunting.take_lease(p_article uuid, p_machine text, p_name text, p_take_over boolean, p_seconds integer)
    RETURNS TABLE (granted boolean, holder name, holder_name text, machine text, since timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        current sunting.leases;
        shown text;
    BEGIN
        IF NOT pg_catalog.pg_has_role(session_user, 'sunting_reporter', 'MEMBER') THEN
            RAISE EXCEPTION 'sunting: % is not one of the newsroom''s people', session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM sunting.claim_machine(p_machine);
        shown := sunting.display_name();
        -- One taker at a time per article.
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(p_article::text, 0));
        SELECT * INTO current FROM sunting.leases l WHERE l.article = p_article;
        IF FOUND AND current.expires_at > pg_catalog.now() AND NOT (current.holder = session_user AND current.machine = p_machine) THEN
            IF NOT (p_take_over AND pg_catalog.pg_has_role(session_user, 'sunting_editor', 'MEMBER')) THEN
                RETURN QUERY SELECT false, current.holder, current.holder_name, current.machine, current.since, current.expires_at;
                RETURN;
            END IF;
        END IF;
        INSERT INTO sunting.leases AS l (article, holder, holder_name, machine, since, expires_at)
        VALUES (p_article, session_user, shown, p_machine, pg_catalog.now(),
                pg_catalog.now() + pg_catalog.make_interval(secs => least(greatest(p_seconds, 1), 600)))
        ON CONFLICT (article) DO UPDATE SET
            holder = excluded.holder, holder_name = excluded.holder_name, machine = excluded.machine,
            since = CASE WHEN l.holder = excluded.holder AND l.machine = excluded.machine AND l.expires_at > pg_catalog.now()
                         THEN l.since ELSE excluded.since END,
            expires_at = excluded.expires_at;
        RETURN QUERY SELECT true, l.holder, l.holder_name, l.machine, l.since, l.expires_at
            FROM sunting.leases l WHERE l.article = p_article;
    END $$;
    CREATE OR REPLACE FUNCTION sunting.release_lease(p_article uuid, p_machine text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        DELETE FROM sunting.leases l WHERE l.article = p_article AND l.holder = session_user AND l.machine = p_machine;
        RETURN FOUND;
    END $$;
    -- Who asks is the server's word too, and one person asks for one story at most every ten
    -- seconds: more asks are dropped, so nobody can flood another desk with them.
    CREATE TABLE sunting.asks (
        role    name        NOT NULL,
        article uuid        NOT NULL,
        at      timestamptz NOT NULL,
        PRIMARY KEY (role, article)
    );
    CREATE OR REPLACE FUNCTION sunting.ask_for_lease(p_article uuid, p_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        INSERT INTO sunting.asks AS a (role, article, at) VALUES (session_user, p_article, pg_catalog.now())
        ON CONFLICT (role, article) DO UPDATE SET at = excluded.at
            WHERE a.at < pg_catalog.now() - pg_catalog.make_interval(secs => 10);
        IF NOT FOUND THEN
            RETURN;
        END IF;
        PERFORM pg_catalog.pg_notify('sunting_asks',
            pg_catalog.json_build_object('article', p_article, 'from', sunting.display_name(), 'role', session_user)::text);
    END $$;

    -- Each person: a few connections, and no transaction left open for long.
    DO $$
    DECLARE
        person record;
    BEGIN
        FOR person IN SELECT p.role FROM sunting.people p JOIN pg_catalog.pg_roles r ON r.rolname = p.role
                      WHERE NOT r.rolsuper LOOP
            EXECUTE pg_catalog.format('ALTER ROLE %I CONNECTION LIMIT %s', person.role, 16);
            EXECUTE pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', person.role, '60s');
        END LOOP;
    END $$;
"#,
    r#"
    -- 3: rows the newsroom's owner withdrew. History stays as it was (nothing is deleted); desks
    -- pull no row named here. Only the owner (who runs `server init`) writes it; people read it.
    CREATE TABLE sunting.withdrawn (
        uuid         uuid        NOT NULL PRIMARY KEY,
        reason       text        NOT NULL CHECK (pg_catalog.octet_length(reason) BETWEEN 1 AND 2000),
        withdrawn_by name        NOT NULL DEFAULT session_user,
        withdrawn_at timestamptz NOT NULL DEFAULT pg_catalog.now()
    );
    REVOKE ALL ON sunting.withdrawn FROM PUBLIC;
    GRANT SELECT ON sunting.withdrawn TO sunting_reporter;

    -- Rights are this newsroom's: the group roles belong to the whole PostgreSQL server, so a
    -- person is one of this newsroom's people only with a row in its `people`, and an editor
    -- only when that row says so. Membership in the groups gives the table rights; these
    -- functions decide.
    -- The schema's owner (who ran `server init`) may write by hand, as it always could.
    CREATE FUNCTION sunting.is_owner() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT session_user = (SELECT r.rolname FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid = n.nspowner
                               WHERE n.nspname = 'sunting')
    $$;
    CREATE FUNCTION sunting.is_person() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT sunting.is_owner() OR pg_catalog.pg_has_role(session_user, 'sunting_reporter', 'MEMBER')
           AND EXISTS (SELECT 1 FROM sunting.people p WHERE p.role = session_user)
    $$;
    CREATE OR REPLACE FUNCTION sunting.is_editor() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT sunting.is_owner() OR pg_catalog.pg_has_role(session_user, 'sunting_editor', 'MEMBER')
           AND EXISTS (SELECT 1 FROM sunting.people p WHERE p.role = session_user AND p.rights = 'editor')
    $$;
    REVOKE ALL ON FUNCTION sunting.is_owner(), sunting.is_person() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sunting.is_owner(), sunting.is_person() TO sunting_reporter;
    CREATE FUNCTION sunting.require_person() RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT sunting.is_person() THEN
            RAISE EXCEPTION 'sunting: % is not one of this newsroom''s people', session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
    END $$;
    REVOKE ALL ON FUNCTION sunting.require_person() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sunting.require_person() TO sunting_reporter;

    -- A reporter's change to a story an editor approved (Ready or Exported) does not ride on the
    -- approval: the story goes back to Editing, in the reporter's name, on every desk. A push
    -- replayed adds nothing (a revision the server has already changes nothing).
    CREATE OR REPLACE FUNCTION sunting.stamp_revision() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        latest text;
    BEGIN
        PERFORM sunting.require_person();
        PERFORM sunting.claim_machine(NEW.machine);
        NEW.author := sunting.display_name();
        NEW.pushed_by := session_user;
        NEW.pushed_at := pg_catalog.now();
        IF NOT sunting.is_editor() AND NOT EXISTS (SELECT 1 FROM sunting.revisions r WHERE r.uuid = NEW.uuid) THEN
            SELECT c.status INTO latest FROM sunting.status_changes c WHERE c.article = NEW.article
                ORDER BY c.changed_at DESC, c.uuid DESC LIMIT 1;
            IF latest IN ('ready', 'exported') THEN
                INSERT INTO sunting.status_changes (uuid, article, status, changed_at, author, note)
                VALUES (pg_catalog.gen_random_uuid(), NEW.article, 'editing', 0, '', NULL);
            END IF;
        END IF;
        RETURN NEW;
    END $$;
    -- The function above writes that status change as the schema's owner, which row security
    -- binds too: it may move a story back to Editing, nothing else.
    CREATE POLICY owner_moves_back ON sunting.status_changes FOR INSERT TO CURRENT_USER WITH CHECK (status = 'editing');
    CREATE OR REPLACE FUNCTION sunting.stamp_status() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM sunting.require_person();
        IF NEW.status IN ('ready', 'exported') AND NOT sunting.is_editor() THEN
            RAISE EXCEPTION 'sunting: only editors can mark a story ready or exported'
                USING ERRCODE = 'insufficient_privilege', HINT = 'editors-only-status';
        END IF;
        NEW.author := sunting.display_name();
        NEW.changed_at := sunting.now_millis();
        NEW.pushed_by := session_user;
        NEW.pushed_at := pg_catalog.now();
        RETURN NEW;
    END $$;
    CREATE OR REPLACE FUNCTION sunting.take_lease(p_article uuid, p_machine text, p_name text, p_take_over boolean, p_seconds integer)
    RETURNS TABLE (granted boolean, holder name, holder_name text, machine text, since timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        current sunting.leases;
        shown text;
    BEGIN
        PERFORM sunting.require_person();
        PERFORM sunting.claim_machine(p_machine);
        shown := sunting.display_name();
        -- One taker at a time per article.
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(p_article::text, 0));
        SELECT * INTO current FROM sunting.leases l WHERE l.article = p_article;
        IF FOUND AND current.expires_at > pg_catalog.now() AND NOT (current.holder = session_user AND current.machine = p_machine) THEN
            IF NOT (p_take_over AND sunting.is_editor()) THEN
                RETURN QUERY SELECT false, current.holder, current.holder_name, current.machine, current.since, current.expires_at;
                RETURN;
            END IF;
        END IF;
        INSERT INTO sunting.leases AS l (article, holder, holder_name, machine, since, expires_at)
        VALUES (p_article, session_user, shown, p_machine, pg_catalog.now(),
                pg_catalog.now() + pg_catalog.make_interval(secs => least(greatest(p_seconds, 1), 600)))
        ON CONFLICT (article) DO UPDATE SET
            holder = excluded.holder, holder_name = excluded.holder_name, machine = excluded.machine,
            since = CASE WHEN l.holder = excluded.holder AND l.machine = excluded.machine AND l.expires_at > pg_catalog.now()
                         THEN l.since ELSE excluded.since END,
            expires_at = excluded.expires_at;
        RETURN QUERY SELECT true, l.holder, l.holder_name, l.machine, l.since, l.expires_at
            FROM sunting.leases l WHERE l.article = p_article;
    END $$;
    CREATE OR REPLACE FUNCTION sunting.ask_for_lease(p_article uuid, p_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM sunting.require_person();
        INSERT INTO sunting.asks AS a (role, article, at) VALUES (session_user, p_article, pg_catalog.now())
        ON CONFLICT (role, article) DO UPDATE SET at = excluded.at
            WHERE a.at < pg_catalog.now() - pg_catalog.make_interval(secs => 10);
        IF NOT FOUND THEN
            RETURN;
        END IF;
        PERFORM pg_catalog.pg_notify('sunting_asks',
            pg_catalog.json_build_object('article', p_article, 'from', sunting.display_name(), 'role', session_user)::text);
    END $$;

    -- Only this newsroom's people connect to its database (add-user grants it to each).
    DO $$
    DECLARE
        person record;
    BEGIN
        EXECUTE pg_catalog.format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
        FOR person IN SELECT p.role FROM sunting.people p JOIN pg_catalog.pg_roles r ON r.rolname = p.role LOOP
            EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO %I', pg_catalog.current_database(), person.role);
        END LOOP;
    END $$;
"#,
    // 4: a status change names the revision it approves (the story's latest when an editor
    // marked it Ready; the revision sent for Exported), so an export sends what was approved. The
    // revision must be one of the same story's the server holds.
    r#"
    ALTER TABLE sunting.status_changes ADD COLUMN revision uuid;
    GRANT INSERT (revision) ON sunting.status_changes TO sunting_reporter;
    CREATE OR REPLACE FUNCTION sunting.stamp_status() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM sunting.require_person();
        IF NEW.status IN ('ready', 'exported') AND NOT sunting.is_editor() THEN
            RAISE EXCEPTION 'sunting: only editors can mark a story ready or exported'
                USING ERRCODE = 'insufficient_privilege', HINT = 'editors-only-status';
        END IF;
        IF NEW.revision IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM sunting.revisions r WHERE r.uuid = NEW.revision AND r.article = NEW.article) THEN
            RAISE EXCEPTION 'sunting: a status change names a revision this story does not have on the server'
                USING ERRCODE = 'check_violation', HINT = 'unknown-revision';
        END IF;
        NEW.author := sunting.display_name();
        NEW.changed_at := sunting.now_millis();
        NEW.pushed_by := session_user;
        NEW.pushed_at := pg_catalog.now();
        RETURN NEW;
    END $$;
"#,
];

/// What `init` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migrated {
    /// The version before (0 for an empty database).
    pub from: i32,
    /// The version now.
    pub to: i32,
}

/// The server's schema version; 0 when the database has no Sunting schema yet.
pub fn version(client: &mut Client) -> Result<i32, SyncError> {
    let exists: bool = client.query_one("SELECT pg_catalog.to_regclass('sunting.schema_version') IS NOT NULL", &[])?.try_get(0)?;
    if !exists {
        return Ok(0);
    }
    Ok(client.query_one("SELECT version FROM sunting.schema_version", &[])?.try_get(0)?)
}

/// Checks that the server speaks this build's schema.
pub fn check_version(client: &mut Client) -> Result<(), SyncError> {
    match version(client)? {
        0 => Err(SyncError::NotInitialised),
        found if found > LATEST_VERSION => Err(SyncError::NewerServer { found, supported: LATEST_VERSION }),
        found if found < LATEST_VERSION => Err(SyncError::OlderServer { found, supported: LATEST_VERSION }),
        _ => Ok(()),
    }
}

/// Creates the schema on an empty database, or brings an older one up to date. Needs a role
/// that may create schemas and roles (the newsroom's administrator).
pub fn init(client: &mut Client) -> Result<Migrated, SyncError> {
    let mut transaction = client.transaction()?;
    // Whatever the connection said, this transaction finds only the system's own functions.
    transaction.batch_execute("SET LOCAL search_path = pg_catalog, pg_temp")?;
    transaction.execute("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('sunting schema', 0))", &[])?;
    // A schema anyone may create in is where a function planted by one person runs in another's
    // session: refused, with the fix.
    let open: Vec<String> = transaction
        .query(
            "SELECT n.nspname::text FROM pg_catalog.pg_namespace n
             WHERE pg_catalog.has_schema_privilege('public', n.oid, 'CREATE') ORDER BY 1",
            &[],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect();
    if let Some(schema) = open.into_iter().next() {
        return Err(SyncError::SchemaOpenToAll { schema });
    }
    transaction.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS sunting;
         CREATE TABLE IF NOT EXISTS sunting.schema_version (version integer NOT NULL);",
    )?;
    let from: i32 = match transaction.query_opt("SELECT version FROM sunting.schema_version", &[])? {
        Some(row) => row.try_get(0)?,
        None => {
            transaction.execute("INSERT INTO sunting.schema_version (version) VALUES (0)", &[])?;
            0
        }
    };
    if from > LATEST_VERSION {
        return Err(SyncError::NewerServer { found: from, supported: LATEST_VERSION });
    }
    for step in MIGRATIONS.iter().skip(from as usize) {
        transaction.batch_execute(step)?;
    }
    transaction.execute("UPDATE sunting.schema_version SET version = $1", &[&LATEST_VERSION])?;
    transaction.commit()?;
    Ok(Migrated { from, to: LATEST_VERSION })
}

/// A person's rights in the newsroom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rights {
    /// Moves articles through the whole workflow, keeps the dictionary and register, takes over.
    Editor,
    /// Writes and edits; moves articles between draft and editing.
    Reporter,
}

impl Rights {
    /// "editor" or "reporter".
    pub fn as_str(self) -> &'static str {
        match self {
            Rights::Editor => "editor",
            Rights::Reporter => "reporter",
        }
    }
}

/// How many connections one person may hold at once (a desk uses two or three).
pub const CONNECTIONS_PER_PERSON: i32 = 16;

/// Makes a login role for a person, with a password and their rights, and records them.
///
/// - An existing role is changed only when it is already one of the newsroom's people (a member
///   of `sunting_reporter`) and holds no power of its own: never a superuser, a role that may
///   create roles or databases, replicate or bypass row security, nor the administrator's own.
/// - The password never reaches the server: the desk computes its SCRAM-SHA-256 verifier and
///   sends that, so no log of the server's statements shows it.
/// - The role's name and the verifier reach the server as bound values; the server quotes them
///   into the statement itself (`pg_catalog.format` with `%I` and `%L`), since CREATE ROLE takes
///   no parameters. The memberships granted and revoked are read back and checked.
pub fn add_user(client: &mut Client, role: &str, display_name: &str, password: &str, rights: Rights) -> Result<(), SyncError> {
    check_version(client)?;
    if role.is_empty() || role.len() > 63 || role.starts_with("pg_") || role == EDITOR_ROLE || role == REPORTER_ROLE {
        return Err(SyncError::BadRoleName { role: role.to_string() });
    }
    let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes());
    let mut transaction = client.transaction()?;
    transaction.batch_execute("SET LOCAL search_path = pg_catalog, pg_temp")?;
    // The group roles are the whole server's. A person of another newsroom on the same server
    // (one let into another database) is not changed from here; one of this newsroom's people,
    // or one whose newsroom's database is gone (added again after it was lost), is.
    let existing = transaction.query_opt(
        "SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
                OR r.rolname = session_user OR r.rolname = current_user,
                pg_catalog.pg_has_role(r.oid, 'sunting_reporter', 'MEMBER')
                AND (EXISTS (SELECT 1 FROM sunting.people p WHERE p.role = r.rolname)
                     OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_database d, pg_catalog.aclexplode(d.datacl) acl
                                    WHERE d.datname <> pg_catalog.current_database() AND acl.grantee = r.oid
                                      AND acl.privilege_type = 'CONNECT'))
         FROM pg_catalog.pg_roles r WHERE r.rolname = $1",
        &[&role],
    )?;
    let statement: String = match existing {
        Some(row) => {
            let (privileged, member): (bool, bool) = (row.get(0), row.get(1));
            if privileged {
                return Err(SyncError::PrivilegedRole { role: role.to_string() });
            }
            if !member {
                return Err(SyncError::NotANewsroomRole { role: role.to_string() });
            }
            transaction
                .query_one("SELECT pg_catalog.format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)", &[&role, &verifier])?
                .get(0)
        }
        None => transaction
            .query_one("SELECT pg_catalog.format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)", &[&role, &verifier])?
            .get(0),
    };
    transaction.batch_execute(&statement)?;
    let limits: String = transaction
        .query_one(
            "SELECT pg_catalog.format('ALTER ROLE %I CONNECTION LIMIT %s', $1::text, $2::int)
                    || '; ' || pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', $1::text, '60s')",
            &[&role, &CONNECTIONS_PER_PERSON],
        )?
        .get(0);
    transaction.batch_execute(&limits)?;
    // Editors are members of both groups' rights through `sunting_editor`; a reporter is not an
    // editor. The rights that count are this newsroom's `people` row (see `sunting.is_editor`).
    let grant = |group: &str| format!("pg_catalog.format('GRANT %I TO %I', '{group}'::text, $1::text)");
    let revoke = |group: &str| format!("pg_catalog.format('REVOKE %I FROM %I', '{group}'::text, $1::text)");
    let connect = "pg_catalog.format('GRANT CONNECT ON DATABASE %I TO %I', pg_catalog.current_database(), $1::text)".to_string();
    let changes = match rights {
        Rights::Editor => [grant(EDITOR_ROLE), grant(REPORTER_ROLE), connect],
        Rights::Reporter => [revoke(EDITOR_ROLE), grant(REPORTER_ROLE), connect],
    };
    for change in changes {
        let statement: String = transaction.query_one(&format!("SELECT {change}"), &[&role])?.get(0);
        transaction.batch_execute(&statement)?;
    }
    let (editor, reporter): (bool, bool) = {
        let row = transaction.query_one(
            "SELECT pg_catalog.pg_has_role($1::text::name, 'sunting_editor', 'MEMBER'),
                    pg_catalog.pg_has_role($1::text::name, 'sunting_reporter', 'MEMBER')",
            &[&role],
        )?;
        (row.get(0), row.get(1))
    };
    if !reporter || editor != (rights == Rights::Editor) {
        return Err(SyncError::MembershipNotAsGranted { role: role.to_string(), rights: rights.as_str().to_string() });
    }
    transaction.execute(
        "INSERT INTO sunting.people (role, display_name, rights) VALUES ($1, $2, $3)
         ON CONFLICT (role) DO UPDATE SET display_name = excluded.display_name, rights = excluded.rights",
        &[&role, &display_name, &rights.as_str()],
    )?;
    transaction.commit()?;
    Ok(())
}
