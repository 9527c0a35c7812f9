//! A newsroom server's address, read as PostgreSQL reads it: a URL
//! (`postgres://ayu@db.kabar.example/newsroom?sslmode=verify-full`) or key=value words
//! (`host=db.kabar.example user=ayu dbname=newsroom`).
//!
//! Two parameters are Sunting's to handle, and are taken out before the rest goes to the
//! driver: `sslmode` (only modes that require TLS; `disable` only for a server on this
//! computer) and `sslrootcert` (the certificate authorities to trust, instead of the web's).

use crate::SyncError;
use percent_encoding::percent_decode_str;

/// An address with Sunting's own parameters taken out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The rest, for the driver.
    pub rest: String,
    /// `sslmode`, when given.
    pub ssl_mode: Option<String>,
    /// `sslrootcert`, when given.
    pub root_cert: Option<String>,
    /// A password inside the address (`user:pw@`, `password=`).
    pub has_password: bool,
}

/// One parameter as written: its key, its value and where it stands in the text.
struct Param {
    key: String,
    value: String,
    span: std::ops::Range<usize>,
}

/// Reads an address.
pub fn parse(text: &str) -> Result<Address, SyncError> {
    let bad = |reason: &str| SyncError::BadAddress { address: crate::redact(text), reason: reason.to_string() };
    let url = text.starts_with("postgres://") || text.starts_with("postgresql://");
    let (params, mut has_password) = if url { url_params(text).map_err(|e| bad(&e))? } else { word_params(text).map_err(|e| bad(&e))? };
    if url {
        let authority = text.split_once("://").map_or("", |(_, rest)| rest);
        let authority = authority.split(['/', '?']).next().unwrap_or_default();
        if let Some((credentials, _)) = authority.rsplit_once('@') {
            has_password |= credentials.contains(':');
        }
    }
    let mut address = Address { rest: String::new(), ssl_mode: None, root_cert: None, has_password };
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    for param in params {
        match param.key.as_str() {
            "sslmode" => {
                address.ssl_mode = Some(param.value);
                taken.push(param.span);
            }
            "sslrootcert" => {
                address.root_cert = Some(param.value);
                taken.push(param.span);
            }
            "password" => address.has_password = true,
            _ => {}
        }
    }
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    for span in &taken {
        rest.push_str(&text[at..span.start]);
        at = span.end;
    }
    rest.push_str(&text[at..]);
    if url {
        // Tidy the separators left where parameters were taken out.
        while rest.contains("&&") {
            rest = rest.replace("&&", "&");
        }
        rest = rest.replace("?&", "?");
        if rest.ends_with('&') || rest.ends_with('?') {
            rest.pop();
        }
    }
    address.rest = rest;
    Ok(address)
}

/// The query parameters of a URL, decoded.
fn url_params(text: &str) -> Result<(Vec<Param>, bool), String> {
    let Some(start) = text.find('?') else { return Ok((Vec::new(), false)) };
    let mut params = Vec::new();
    let mut at = start + 1;
    for pair in text[start + 1..].split('&') {
        let span = at..at + pair.len();
        at += pair.len() + 1;
        if pair.is_empty() {
            continue;
        }
        let (key, value) = pair.split_once('=').ok_or_else(|| format!("'{pair}' has no value"))?;
        let decode = |part: &str| percent_decode_str(part).decode_utf8().map(|s| s.into_owned()).map_err(|e| e.to_string());
        params.push(Param { key: decode(key)?, value: decode(value)?, span });
    }
    Ok((params, false))
}

/// The key=value words of a connection string, values unquoted as libpq reads them.
fn word_params(text: &str) -> Result<(Vec<Param>, bool), String> {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut params = Vec::new();
    let skip_space = |i: &mut usize| {
        while *i < bytes.len() && bytes[*i].1.is_whitespace() {
            *i += 1;
        }
    };
    let position = |i: usize| bytes.get(i).map_or(text.len(), |(at, _)| *at);
    loop {
        skip_space(&mut i);
        if i >= bytes.len() {
            break;
        }
        let start = position(i);
        let mut key = String::new();
        while i < bytes.len() && bytes[i].1 != '=' && !bytes[i].1.is_whitespace() {
            key.push(bytes[i].1);
            i += 1;
        }
        skip_space(&mut i);
        if i >= bytes.len() || bytes[i].1 != '=' {
            return Err(format!("'{key}' has no value"));
        }
        i += 1;
        skip_space(&mut i);
        let mut value = String::new();
        if i < bytes.len() && bytes[i].1 == '\'' {
            i += 1;
            loop {
                match bytes.get(i).map(|(_, c)| *c) {
                    None => return Err(format!("the value of '{key}' has no closing quote")),
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some('\\') => {
                        if let Some((_, c)) = bytes.get(i + 1) {
                            value.push(*c);
                        }
                        i += 2;
                    }
                    Some(c) => {
                        value.push(c);
                        i += 1;
                    }
                }
            }
        } else {
            while i < bytes.len() && !bytes[i].1.is_whitespace() {
                if bytes[i].1 == '\\' {
                    if let Some((_, c)) = bytes.get(i + 1) {
                        value.push(*c);
                    }
                    i += 2;
                } else {
                    value.push(bytes[i].1);
                    i += 1;
                }
            }
        }
        params.push(Param { key, value, span: start..position(i) });
    }
    Ok((params, false))
}

/// True when every host the driver would try is this computer (a loopback address or a unix
/// socket).
pub fn only_loopback(config: &postgres::Config) -> bool {
    use postgres::config::Host;
    let hosts = config.get_hosts();
    !hosts.is_empty()
        && hosts.iter().all(|host| match host {
            Host::Tcp(name) => {
                let name = name.trim_start_matches('[').trim_end_matches(']');
                name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
            }
            #[cfg(unix)]
            Host::Unix(_) => true,
        })
}

/// The address a desk keeps for a newsroom server, from the two fields a person fills in to join
/// (in the window): the server (`db.kabar.example`, `db.kabar.example:5433/redaksi`, or a whole
/// `postgres://` address, whose user is replaced) and their user name. The user name is
/// percent-encoded as a URL needs (`@`, `:` and the like stay part of it); the database is
/// `sunting` unless the server names one. A password in the address is refused: it has a field
/// of its own and is kept in the keyring, never in the address.
pub fn with_user(server: &str, user: &str) -> Result<String, SyncError> {
    let (server, user) = (server.trim(), user.trim());
    let bad = |reason: &str| SyncError::BadAddress { address: crate::redact(server), reason: reason.to_string() };
    if user.is_empty() {
        return Err(bad("no user name"));
    }
    if server.is_empty() || server.contains(char::is_whitespace) {
        return Err(bad("no server address, or one with spaces"));
    }
    let text = if server.contains("://") { server.to_string() } else { format!("postgres://{server}") };
    let mut url = url::Url::parse(&text).map_err(|error| bad(&error.to_string()))?;
    if !matches!(url.scheme(), "postgres" | "postgresql") || url.host_str().is_none_or(str::is_empty) {
        return Err(bad("not a PostgreSQL server's address"));
    }
    if url.password().is_some() {
        return Err(SyncError::PasswordInAddress);
    }
    url.set_username(user).map_err(|()| bad("the user name cannot go into this address"))?;
    if matches!(url.path(), "" | "/") {
        url.set_path("/sunting");
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joining_puts_the_user_into_the_servers_address_encoded() {
        let joined = |server: &str, user: &str| with_user(server, user).unwrap();
        assert_eq!(joined("db.kabar.example", "ayu"), "postgres://ayu@db.kabar.example/sunting");
        assert_eq!(joined(" db.kabar.example:5433/redaksi ", " ayu "), "postgres://ayu@db.kabar.example:5433/redaksi");
        assert_eq!(
            joined("postgres://lama@db.kabar.example/redaksi?sslmode=verify-full", "ayu"),
            "postgres://ayu@db.kabar.example/redaksi?sslmode=verify-full"
        );
        // A user name with the URL's own separators stays one user name.
        let odd = joined("db.kabar.example", "ayu@kabar:1");
        assert_eq!(odd, "postgres://ayu%40kabar%3A1@db.kabar.example/sunting");
        let config: postgres::Config = odd.parse().unwrap();
        assert_eq!(config.get_user(), Some("ayu@kabar:1"));
        assert_eq!(crate::redact(&odd), odd, "nothing to hide, nothing cut");
        assert!(matches!(with_user("postgres://ayu:rahasia@db.kabar.example", "ayu"), Err(SyncError::PasswordInAddress)));
        for (server, user) in [
            ("", "ayu"),
            ("db.kabar.example", " "),
            ("db kabar", "ayu"),
            ("https://db.kabar.example", "ayu"),
            ("postgres:///sunting", "ayu"),
        ] {
            assert!(matches!(with_user(server, user), Err(SyncError::BadAddress { .. })), "{server:?} {user:?}");
        }
    }

    #[test]
    fn takes_out_sslmode_and_sslrootcert_from_both_forms() {
        let url = parse("postgres://ayu@db.example/kabar?application_name=x-sslmode%3Don&sslrootcert=%2Fca.pem&sslmode=require").unwrap();
        assert_eq!(url.rest, "postgres://ayu@db.example/kabar?application_name=x-sslmode%3Don");
        assert_eq!((url.ssl_mode.as_deref(), url.root_cert.as_deref()), (Some("require"), Some("/ca.pem")));
        assert!(!url.has_password);
        // Text that merely contains "sslmode=" is not the parameter.
        let sly = parse("postgres://ayu@db.example/kabar?application_name=x-sslmode=disable").unwrap();
        assert_eq!(sly.ssl_mode, None);
        let words = parse("host=db.example user=ayu sslmode = 'verify-full' sslrootcert='/etc/my ca.pem' dbname=kabar").unwrap();
        assert_eq!((words.ssl_mode.as_deref(), words.root_cert.as_deref()), (Some("verify-full"), Some("/etc/my ca.pem")));
        assert_eq!(words.rest.split_whitespace().collect::<Vec<_>>(), ["host=db.example", "user=ayu", "dbname=kabar"]);
    }

    #[test]
    fn sees_a_password_in_either_form() {
        assert!(parse("postgres://ayu:rahasia@db.example/kabar").unwrap().has_password);
        assert!(parse("postgres://ayu@db.example/kabar?password=rahasia").unwrap().has_password);
        assert!(parse("host=db.example user=ayu password=rahasia").unwrap().has_password);
        assert!(!parse("postgres://ayu@db.example/kabar").unwrap().has_password);
        assert!(parse("host=db.example user='ayu").is_err());
    }
}
