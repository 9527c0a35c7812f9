//! Who is editing what: a lease on the server per open article.
//!
//! Opening a story takes its lease; the editor renews it while the story is open (every
//! [`RENEW_EVERY`]) and frees it on close. A lease not renewed expires after [`LEASE_SECONDS`],
//! so a desk that crashed or lost the network frees its stories by itself. While someone holds
//! a story, others can open it read-only or, if they are editors, take it over. The server
//! decides (see `sunting.take_lease`): two desks racing for the same story cannot both win.

use crate::SyncError;
use postgres::Client;
use std::time::{Duration, SystemTime};

/// How long a lease lasts without renewal.
pub const LEASE_SECONDS: i32 = 120;

/// How often an open editor renews its lease.
pub const RENEW_EVERY: Duration = Duration::from_secs(30);

/// A lease as the server holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    /// The article's UUID.
    pub article: String,
    /// The holder's login role.
    pub holder: String,
    /// The holder's name as shown.
    pub holder_name: String,
    /// The holder's machine.
    pub machine: String,
    /// Since when they edit it.
    pub since: SystemTime,
    /// When the lease runs out unless renewed.
    pub expires_at: SystemTime,
}

/// What asking for a lease gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// This desk holds it now.
    Granted(Lease),
    /// Someone else holds it.
    Held(Lease),
}

/// Takes (or renews) the lease on an article for this desk; with `take_over`, an editor takes
/// it from whoever holds it.
pub fn take(client: &mut Client, article: &str, machine: &str, name: &str, take_over: bool) -> Result<Taken, SyncError> {
    let row = client.query_one(
        "SELECT granted, holder::text, holder_name, machine, since, expires_at
         FROM sunting.take_lease($1::text::uuid, $2, $3, $4, $5)",
        &[&article, &machine, &name, &take_over, &LEASE_SECONDS],
    )?;
    let lease = Lease {
        article: article.to_string(),
        holder: row.try_get(1)?,
        holder_name: row.try_get(2)?,
        machine: row.try_get(3)?,
        since: row.try_get(4)?,
        expires_at: row.try_get(5)?,
    };
    Ok(if row.try_get(0)? { Taken::Granted(lease) } else { Taken::Held(lease) })
}

/// Frees this desk's lease on an article; false when it held none (it expired, or was taken).
pub fn release(client: &mut Client, article: &str, machine: &str) -> Result<bool, SyncError> {
    Ok(client.query_one("SELECT sunting.release_lease($1::text::uuid, $2)", &[&article, &machine])?.try_get(0)?)
}

/// Every lease still running, by article.
pub fn current(client: &mut Client) -> Result<Vec<Lease>, SyncError> {
    let rows = client.query(
        "SELECT article::text, holder::text, holder_name, machine, since, expires_at FROM sunting.leases
         WHERE expires_at > pg_catalog.now() ORDER BY since",
        &[],
    )?;
    // Every column read with a check: a row this desk cannot read is left out, never a panic.
    Ok(rows
        .iter()
        .filter_map(|row| {
            Some(Lease {
                article: row.try_get(0).ok()?,
                holder: row.try_get(1).ok()?,
                holder_name: row.try_get(2).ok()?,
                machine: row.try_get(3).ok()?,
                since: row.try_get(4).ok()?,
                expires_at: row.try_get(5).ok()?,
            })
        })
        .collect())
}

/// Asks whoever holds an article's lease to let go of it: their desk hears it as an [`Ask`].
pub fn ask(client: &mut Client, article: &str, name: &str) -> Result<(), SyncError> {
    client.execute("SELECT sunting.ask_for_lease($1::text::uuid, $2)", &[&article, &name])?;
    Ok(())
}

/// Someone asking for a story.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Ask {
    /// The article's UUID.
    pub article: String,
    /// Who asks, as shown.
    pub from: String,
    /// Their login role.
    pub role: String,
}
