//! Pinned test vectors of the key schedule, the match-key scheme `keys-v4`
//! (with its fixed-shape records and their padding) and the normalisation it
//! relies on.
//!
//! DO NOT EDIT THESE VALUES. Tokens computed by one version of croise must
//! meet tokens computed by another: two data holders of one campaign may run
//! different releases. A change to any value below therefore means the scheme
//! changed. Such a change is a new scheme version (a new `scheme::SCHEME`,
//! new HKDF labels, new vectors), never an edit of these literals. (The
//! vectors of `keys-v1` were replaced when `keys-v2` replaced it, and those
//! of `keys-v2` when `keys-v3` replaced it, those of `keys-v3` when `keys-v4`
//! replaced it: croise no longer produces tokens
//! of an older scheme and refuses its campaigns.) If one of these tests
//! fails, the change that made it fail is the bug.
//!
//! The values were computed once with this implementation and checked
//! against an independent implementation (Python `hmac`/`hashlib`, RFC 5869
//! HKDF) of the derivation described in `src/keys.rs` and `src/scheme.rs`:
//! salt `croise campaign <campaign id>`, one HKDF-SHA-256 sub-key per label,
//! HMAC-SHA-256 truncated to 96 bits (tokens) or 128 bits (handles) over
//! length-prefixed fields; padding tokens over `handle || kind || index`.

use chrono::NaiveDate;
use croise::campaign::CampaignId;
use croise::format::tokens::TOKEN_LEN;
use croise::keys::{CampaignSecret, KeySchedule, Tagger, input_digest};
use croise::tokenize::{Tokenizer, record_handle};
use croise_scheme::match_keys::{KeyKind, Person, SCHEME, match_keys};
use croise_scheme::normalize::{compact, fold, parse_date, split_given_names};

const SECRET: [u8; 32] = [0x42; 32];
const CAMPAIGN: &str = "00112233445566778899aabbccddeeff";

fn schedule() -> KeySchedule {
    KeySchedule::new(
        &CampaignSecret::from_bytes(SECRET),
        CampaignId::new(CAMPAIGN),
    )
}

/// DUPONT MARTIN Jean-Baptiste Louis, born 5 March 2009.
fn person() -> Person {
    Person {
        surnames: vec!["DUPONT MARTIN".into()],
        given_names: vec!["JEAN BAPTISTE".into(), "LOUIS".into()],
        birth_date: NaiveDate::from_ymd_opt(2009, 3, 5).unwrap(),
        sex: None,
    }
}

fn tokens_hex(person: &Person) -> Vec<(KeyKind, String)> {
    Tokenizer::new(&schedule())
        .tokens(person)
        .into_iter()
        .map(|(kind, tag)| (kind, hex::encode(&tag[..TOKEN_LEN])))
        .collect()
}

#[test]
fn scheme_version_and_key_kinds() {
    assert_eq!(SCHEME, "keys-v4");
    let kinds: Vec<(u8, &str)> = KeyKind::ALL.iter().map(|k| (k.code(), k.label())).collect();
    assert_eq!(
        kinds,
        [
            (0, "names+birth-date"),
            (1, "phonetic-names+birth-date"),
            (2, "names+birth-year"),
            (3, "names+birth-day-month"),
            (4, "surname-deletions+given-name+birth-date"),
            (5, "surname+given-name-deletions+birth-date"),
            (6, "names+birth-date-one-digit-masked"),
            (7, "names+birth-date-day-month-unordered"),
        ]
    );
}

#[test]
fn key_fingerprint() {
    assert_eq!(
        schedule().fingerprint().to_string(),
        "882b7f95cf01aeb54e2b4aee8af273ff"
    );
}

#[test]
fn record_handles() {
    let handles = Tagger::new(&schedule().handle_key());
    assert_eq!(
        hex::encode(record_handle(&handles, "stemo-nancy", 2, "J-54-00001")),
        "693c508b701c19f7bc58c37ec8386d95"
    );
    // A list without a file-number column: the local id is empty.
    assert_eq!(
        hex::encode(record_handle(&handles, "ml-nancy", 3, "")),
        "855e77265f79187a6eee0855078f97f3"
    );
}

/// SHA-256 of the concatenation, as a short pin for long lists.
fn digest(parts: impl IntoIterator<Item = Vec<u8>>) -> String {
    use sha2::Digest;
    let mut hasher = sha2::Sha256::new();
    for part in parts {
        hasher.update(&part);
    }
    hex::encode(hasher.finalize())
}

#[test]
fn match_key_messages() {
    // The scheme without keys: which fields, compacted, length-prefixed.
    let messages = match_keys(&person());
    let per_kind: Vec<usize> = KeyKind::ALL
        .iter()
        .map(|k| messages.iter().filter(|(kind, _)| kind == k).count())
        .collect();
    assert_eq!(per_kind, PINNED_COUNTS);
    // The first message: 12 "DUPONTMARTIN", 12 "JEANBAPTISTE", 8 "20090305".
    assert_eq!(
        hex::encode(&messages[0].1),
        "0000000c4455504f4e544d415254494e\
         0000000c4a45414e4241505449535445\
         000000083230303930333035"
    );
    assert_eq!(
        digest(
            messages
                .into_iter()
                .map(|(k, m)| [vec![k.code()], m].concat())
        ),
        PINNED_MESSAGES
    );
}

#[test]
fn tokens_of_a_fixed_person() {
    let tokens = tokens_hex(&person());
    let firsts: Vec<String> = KeyKind::ALL
        .iter()
        .map(|k| {
            tokens
                .iter()
                .find(|(kind, _)| kind == k)
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(firsts, PINNED_FIRST_TOKENS);
    assert_eq!(
        digest(tokens.into_iter().map(|(_, t)| t.into_bytes())),
        PINNED_TOKENS
    );
}

#[test]
fn the_fixed_shape() {
    let shape: Vec<usize> = KeyKind::ALL.iter().map(|k| k.per_record()).collect();
    assert_eq!(shape, [6, 6, 2, 3, 12, 9, 6, 1]);
    assert_eq!(KeyKind::PER_RECORD, 45);
}

/// The record of the fixed person under a handle: its real tokens, capped,
/// and its padding, kind after kind, each kind in the order of its values.
#[test]
fn a_padded_record() {
    let tokenizer = Tokenizer::new(&schedule());
    let handle = record_handle(&Tagger::new(&schedule().handle_key()), "ml-nancy", 3, "");
    let record = tokenizer.record(&person(), &handle);
    let kinds: Vec<KeyKind> = record.iter().map(|(k, _)| *k).collect();
    let expected: Vec<KeyKind> = KeyKind::ALL
        .iter()
        .flat_map(|k| std::iter::repeat_n(*k, k.per_record()))
        .collect();
    assert_eq!(kinds, expected);
    // Every real token is in the record; the rest is padding.
    let real = tokenizer.tokens(&person());
    assert!(real.iter().all(|t| record.contains(t)));
    let padding: Vec<String> = record
        .iter()
        .filter(|t| !real.contains(t))
        .map(|(_, tag)| hex::encode(&tag[..TOKEN_LEN]))
        .collect();
    assert_eq!(padding.len(), 45 - real.len());
    // The first padding token: kind 2 (one real message), index 0.
    assert_eq!(padding[0], PINNED_FIRST_PADDING);
    assert_eq!(
        digest(record.iter().map(|(_, tag)| tag[..TOKEN_LEN].to_vec())),
        PINNED_RECORD
    );
}

const PINNED_COUNTS: [usize; 8] = [6, 6, 1, 3, 12, 9, 6, 1];
const PINNED_FIRST_PADDING: &str = "2119d52f63daa39cc356837b";
const PINNED_RECORD: &str = "519a26a06b6aae44707cc5b7219e7133b4107ba0589bcbf6492e79a398366f39";
const PINNED_MESSAGES: &str = "aec4e18f4069ad9525bcf852d0119e8d92274ceb4532721292751ebd50d3dcb9";
const PINNED_FIRST_TOKENS: [&str; 8] = [
    "83cc1b2986008cebc1019d30",
    "77682eb31f3b5b27f7fd5909",
    "a5b3a1fcbebe56651f59c31e",
    "4a9a62287033c52e4e781cf1",
    "5aa87b1fafbf1fd8b31a86a0",
    "5a3b3bcde005dfe52cd9cf8b",
    "c11d16ed373ec9c9ee522e3b",
    "5275eebf896584d497225ea0",
];
const PINNED_TOKENS: &str = "4520bb4a4cc03adda029d6d004bd2b1717c445193fd75ed3a8670d5c86a31b6f";

#[test]
fn raw_fields_normalise_to_the_same_tokens() {
    // The same person as typed in a list: the pinned tokens again.
    let typed = Person {
        surnames: vec![fold("Dupont--Martin")],
        given_names: split_given_names("Jean-Baptiste, Louis"),
        birth_date: parse_date("05/03/2009").unwrap(),
        sex: None,
    };
    assert_eq!(tokens_hex(&typed), tokens_hex(&person()));
    assert_eq!(parse_date("2009-03-05"), parse_date("5/3/09"));
}

#[test]
fn input_digest_and_file_authentication() {
    let s = schedule();
    assert_eq!(
        hex::encode(input_digest(
            &s.input_digest_key(),
            b"NOM;PRENOM;DATE NAISSANCE\r\n"
        )),
        "07ac1fb0465429b643066b50e3d37a94"
    );
    assert_eq!(
        hex::encode(s.auth_key().sign("croise-tokens", b"croise")),
        "edcdafa30185b66e1b61ab76eb1b2afe67109911c949b2be1b1d9836f9960aed"
    );
}

#[test]
fn folding() {
    for (raw, folded) in [
        ("Éloïse", "ELOISE"),
        ("CŒURDEROY", "COEURDEROY"),
        ("Lætitia", "LAETITIA"),
        ("N'Diaye", "N DIAYE"),
        ("O’Connor", "O CONNOR"),
        ("  DUPONT--MARTIN ", "DUPONT MARTIN"),
        ("de  la   Fontaine", "DE LA FONTAINE"),
        ("St. Just", "ST JUST"),
        ("JEAN-BAPTISTE", "JEAN BAPTISTE"),
        ("Zoë-Anaïs", "ZOE ANAIS"),
        ("Şahin Yıldız", "SAHIN YILDIZ"),
        ("Müller", "MULLER"),
        ("Straße", "STRASSE"),
        ("Ørsted", "ORSTED"),
        ("Łukasz Đorđević", "LUKASZ DORDEVIC"),
        ("Ñúñez", "NUNEZ"),
        // Scripts croise does not transliterate fold to nothing.
        ("Иван", ""),
    ] {
        assert_eq!(fold(raw), folded, "{raw}");
    }
    assert_eq!(compact(&fold("Le Gall")), "LEGALL");
}

#[test]
fn splitting_given_names() {
    for (raw, names) in [
        ("Jean-Baptiste Louis", &["JEAN BAPTISTE", "LOUIS"][..]),
        ("Inès, Lina, Sarah", &["INES", "LINA", "SARAH"]),
        ("YANIS, KARIM", &["YANIS", "KARIM"]),
        ("Anne-Laure/Marie;Zoé", &["ANNE LAURE", "MARIE", "ZOE"]),
        ("  Mohamed-Amine  ", &["MOHAMED AMINE"]),
        (" , ", &[]),
    ] {
        assert_eq!(split_given_names(raw), names, "{raw}");
    }
}
