//! The command line in the run's language: what clap writes itself around
//! the help texts (headings, `Usage:`, `[default: …]`, the `--help` and
//! `--version` flags, the `help` command) and the parser's errors.
//!
//! The help of every command and option is not here: each command file
//! takes it from the catalogue in its derive attributes
//! (`#[arg(help = fl!("arg-…"))]`, evaluated when the parser is built), so
//! that an option and its help sit side by side. This module walks the
//! built parser once and puts clap's own words through the catalogue too,
//! the same way for every language.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::{Lang, fl, lang, outside};
use crate::cmd::Cli;

/// The parser, in the run's language.
pub fn command() -> Command {
    let mut cmd = words(Cli::command());
    // clap adds `--help`, `--version` and the `help` command when it builds.
    cmd.build();
    built_ins(hide_lang_below(cmd))
}

/// The layout of every command's help: its headings and `[default: …]`.
fn words(cmd: Command) -> Command {
    let usage = cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        fl!("clap-usage-heading"),
        usage.render_reset()
    );
    cmd.help_template(StyledStr::from(template))
        .subcommand_help_heading(fl!("clap-commands-heading"))
        .subcommand_value_name(fl!("value-command"))
        // In place, never `mut_arg`: a built command's key map holds
        // argument positions, which moving one argument would break.
        .mut_args(arg_words)
        .mut_subcommands(words)
}

/// Defaults and possible values written into an option's help in the
/// run's language, instead of clap's English `[default: …]`.
fn arg_words(mut arg: Arg) -> Arg {
    arg = heading(arg);
    let Some(help) = arg.get_help().map(ToString::to_string) else {
        return arg;
    };
    let mut help = help;
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help.push(' ');
        help.push_str(&fl!("clap-default", values = defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        help.push(' ');
        help.push_str(&fl!("clap-possible-values", values = values.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    arg.help(help)
}

/// `Arguments:` or `Options:` in the run's language (clap adds the colon).
fn heading(arg: Arg) -> Arg {
    let heading = if arg.is_positional() {
        fl!("clap-arguments-heading")
    } else {
        fl!("clap-options-heading")
    };
    arg.help_heading(heading)
}

/// What clap adds when it builds a command: `--help`, `--version` and the
/// `help` command, whose texts are clap's own.
fn built_ins(cmd: Command) -> Command {
    let cmd = if cmd.get_name() == "help" {
        cmd.about(fl!("clap-help-command"))
    } else {
        cmd
    };
    cmd.mut_args(|arg| {
        let had_long = arg.get_long_help().is_some();
        let arg = match arg.get_id().as_str() {
            "help" if had_long => arg
                .help(fl!("clap-help-short"))
                .long_help(fl!("clap-help-long")),
            "help" => arg.help(fl!("clap-help")),
            "version" => arg.help(fl!("clap-version")),
            "subcommand" => arg.help(fl!("clap-help-command-arg")),
            _ => arg,
        };
        heading(arg)
    })
    .mut_subcommands(built_ins)
}

/// `--lang` works after any command but is listed only in `croise --help`,
/// so it does not crowd each command's help.
fn hide_lang_below(cmd: Command) -> Command {
    cmd.mut_subcommands(|s| {
        hide_lang_below(s.mut_args(|a| {
            if a.get_id() == "lang" {
                a.hide(true)
            } else {
                a
            }
        }))
    })
}

/// Reports a command-line error (exit code 2) or shows the help or the
/// version (exit code 0). English errors are clap's own; French ones are
/// worded from the error's context, and clap's English is kept only for
/// the rare kinds not worded here.
pub fn exit(error: clap::Error) -> ! {
    if lang() == Lang::En
        || matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        error.exit()
    }
    let Some(message) = parse_error(&error) else {
        error.exit()
    };
    eprintln!("{}", fl!("line-error", message = message));
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        eprintln!("\n{}", fl!("parse-usage", usage = usage));
    }
    eprintln!("\n{}", fl!("parse-more-help"));
    std::process::exit(2)
}

/// A piece of a parser error's context: what the user typed, made safe.
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    let text = match error.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    };
    Some(outside(&text).into_owned())
}

/// The words of the parser errors people make; `None` for the rare others.
fn parse_error(error: &clap::Error) -> Option<String> {
    let arg = context(error, ContextKind::InvalidArg);
    let suggestion = |kind| {
        context(error, kind)
            .map(|s| fl!("parse-did-you-mean", suggestion = s))
            .unwrap_or_default()
    };
    Some(match error.kind() {
        ErrorKind::MissingRequiredArgument => fl!("parse-missing-argument", arg = arg?),
        ErrorKind::MissingSubcommand => fl!("parse-missing-command"),
        ErrorKind::UnknownArgument => {
            fl!("parse-unknown-argument", arg = arg?) + &suggestion(ContextKind::SuggestedArg)
        }
        ErrorKind::InvalidSubcommand => {
            fl!(
                "parse-unknown-command",
                command = context(error, ContextKind::InvalidSubcommand)?
            ) + &suggestion(ContextKind::SuggestedSubcommand)
        }
        ErrorKind::InvalidValue => {
            let value = context(error, ContextKind::InvalidValue).unwrap_or_default();
            let valid = context(error, ContextKind::ValidValue)
                .map(|v| fl!("parse-possible-values", values = v))
                .unwrap_or_default();
            if value.is_empty() {
                fl!("parse-no-value", arg = arg?) + &valid
            } else {
                fl!("parse-invalid-value", value = value, arg = arg?) + &valid
            }
        }
        ErrorKind::ValueValidation => fl!(
            "parse-bad-value",
            value = context(error, ContextKind::InvalidValue).unwrap_or_default(),
            arg = arg?
        ),
        ErrorKind::ArgumentConflict => match context(error, ContextKind::PriorArg) {
            Some(prior) => fl!("parse-conflict", arg = arg?, prior = prior),
            None => fl!("parse-twice", arg = arg?),
        },
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            fl!("parse-wrong-number", arg = arg?)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and option has a help text (from the catalogue), so a
    /// new option cannot slip into `--help` without one.
    #[test]
    fn every_command_and_option_has_help() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            if cmd.get_about().is_none() {
                missing.push(format!("command `{path}`"));
            }
            for arg in cmd.get_arguments() {
                if arg.get_help().is_none() {
                    missing.push(format!("option `{}` of `{path}`", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&command(), "croise", &mut missing);
        assert!(missing.is_empty(), "no help for: {missing:?}");
    }
}
