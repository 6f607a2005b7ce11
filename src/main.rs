//! The `metalab` command line: `run` a program like `python3 FILE`, or `trace` its dispatch.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "metalab", version, about = "Run Python programs and trace what the object model does")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run FILE, printing what `python3 FILE` prints.
    Run {
        file: String,
        /// Stop after this many interpreter steps.
        #[arg(long, default_value_t = metalab::RunOptions::default().max_steps)]
        max_steps: u64,
    },
    /// Run FILE and print the dispatch trace.
    Trace {
        file: String,
        /// Print one JSON object {"stdout", "error", "events"}.
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = metalab::RunOptions::default().max_steps)]
        max_steps: u64,
    },
}

fn read_source(file: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(file).map_err(|e| {
        eprintln!("metalab: can't open file '{file}': {e}");
        ExitCode::from(2)
    })
}

fn read_stdin_lines() -> Vec<String> {
    use std::io::Read;
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    s.lines().map(str::to_string).collect()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (file, trace, json, max_steps) = match cli.command {
        Command::Run { file, max_steps } => (file, false, false, max_steps),
        Command::Trace { file, json, max_steps } => (file, true, json, max_steps),
    };
    let source = match read_source(&file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // A terminal is only read when the program asks for input (then until end of input).
    use std::io::IsTerminal;
    let stdin =
        if std::io::stdin().is_terminal() && !source.contains("input(") { Vec::new() } else { read_stdin_lines() };
    let options = metalab::RunOptions { filename: file, trace, max_steps, stdin, ..Default::default() };
    let result = metalab::run(&source, &options);
    if json {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            stdout: &'a str,
            stderr: &'a str,
            error: &'a Option<metalab::ErrorInfo>,
            events: &'a [metalab::trace::Event],
        }
        let out = Out { stdout: &result.stdout, stderr: &result.stderr, error: &result.error, events: &result.events };
        match serde_json::to_string(&out) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("metalab: {e}"),
        }
    } else {
        print!("{}", result.stdout);
        if trace {
            print!("{}", metalab::trace::render_tree(&result.events));
        }
        eprint!("{}", result.stderr);
        if let Some(err) = &result.error {
            eprint!("{}", err.traceback);
        }
    }
    if let Some(err) = &result.error {
        // `sys.exit(n)`: CPython's status is n (the low byte, as the OS keeps it).
        let status = match err.type_name.as_str() {
            "SystemExit" => err.message.parse::<i64>().map_or(1, |n| n as u8),
            _ => 1,
        };
        ExitCode::from(status)
    } else {
        ExitCode::SUCCESS
    }
}
