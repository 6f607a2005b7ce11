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

/// `input()`'s next line, read only when the program asks (after showing what it printed).
fn read_line() -> Option<String> {
    use std::io::{BufRead, Write};
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            let end = line.strip_suffix('\n').map_or(line.len(), str::len);
            line.truncate(end);
            Some(line)
        }
    }
}

/// Prints the program's output as it is written, as `python3` does on a terminal.
fn print_output(stream: metalab::Stream, text: &str) {
    use std::io::Write;
    let _ = match stream {
        metalab::Stream::Stdout => std::io::stdout().lock().write_all(text.as_bytes()),
        metalab::Stream::Stderr => std::io::stderr().lock().write_all(text.as_bytes()),
    };
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
    let on_output = if json { None } else { Some(print_output as fn(metalab::Stream, &str)) };
    let options = metalab::RunOptions {
        filename: file,
        trace,
        max_steps,
        on_output,
        read_line: Some(read_line),
        ..Default::default()
    };
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
        // The traceback was printed through `on_output`, as the program ended.
        if trace {
            print!("{}", metalab::trace::render_tree(&result.events));
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
