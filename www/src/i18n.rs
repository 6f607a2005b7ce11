//! Every UI string in English and Chinese.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The default language from `navigator.language` (`zh-CN`, `zh-TW`, `en-US`, ...).
    pub fn from_navigator(language: &str) -> Lang {
        if language.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }
}

macro_rules! keys {
    ($($key:ident => $en:expr, $zh:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$key => stringify!($key),)*
                }
            }
        }

        pub fn t(lang: Lang, key: Key) -> &'static str {
            match (lang, key) {
                $((Lang::En, Key::$key) => $en, (Lang::Zh, Key::$key) => $zh,)*
            }
        }
    };
}

keys! {
    Tagline => "Step through Python's object model", "逐步观察 Python 的对象模型";
    LangToggle => "中文", "English";
    LangToggleTitle => "Switch the interface to Chinese", "把界面切换成英文";
    Lesson => "Lesson", "课程";
    OwnCode => "(your own code)", "（自己的代码）";
    Editor => "Python code", "Python 代码";
    Run => "Run", "运行";
    Stop => "Stop", "停止";
    Back => "Step back", "后退一步";
    Forward => "Step forward", "前进一步";
    Over => "Step over", "跳过调用";
    ToStart => "Start", "开头";
    ToEnd => "End", "结尾";
    Step => "Step", "步骤";
    Slider => "Trace step", "调用链步骤";
    CopyLink => "Copy link", "复制链接";
    Copied => "Link copied", "链接已复制";
    CopyFailed => "Copy failed: the link is in the address bar", "复制失败：链接已在地址栏中";
    LessonFailed => "Could not load the lesson (offline?)", "无法加载这一课（离线？）";
    Loading => "Loading metalab…", "正在加载 metalab…";
    Ready => "Ready", "就绪";
    Running => "Running…", "运行中…";
    Done => "Done", "完成";
    Stopped => "Stopped", "已停止";
    Failed => "metalab failed", "metalab 出错";
    Stale => "The code changed since this run", "代码在这次运行之后改过了";
    Shortcuts => "Keys: Ctrl+Enter run · Esc stop · ←/→ step · ↓ step over · Home/End", "快捷键：Ctrl+Enter 运行 · Esc 停止 · ←/→ 单步 · ↓ 跳过调用 · Home/End";
    CallChain => "Call chain", "调用链";
    NoTrace => "Run the program to see its dispatch steps.", "运行程序后可以在这里看到每一步分派。";
    InC => "in C", "C 实现";
    InCTitle => "CPython does this step in C", "CPython 在 C 中完成这一步";
    Collapse => "Collapse", "折叠";
    Expand => "Expand", "展开";
    Returns => "returns", "返回";
    Raises => "raises", "抛出";
    Explanation => "What happens", "这一步在做什么";
    Graph => "Classes and objects", "类与对象";
    NoObjects => "No classes or objects yet at this step.", "这一步还没有类或对象。";
    Metaclass => "metaclass", "元类";
    Class => "class", "类";
    Instance => "instance", "实例";
    InstanceOf => "instance of", "是……的实例";
    SubclassOf => "subclass of", "是……的子类";
    GraphHint => "Click a class to see its MRO.", "点击一个类查看它的 MRO。";
    Mro => "MRO", "方法解析顺序（MRO）";
    NoClass => "Select a class in the graph, or step to an attribute lookup.", "在图中选择一个类，或者单步到一次属性查找。";
    LookingUp => "Looking up", "查找";
    FoundIn => "found in", "找到位置";
    C3Merge => "How C3 built this MRO", "C3 算法如何得出这个 MRO";
    C3Rule => "Each step takes the first head that appears in no other list's tail; if no head qualifies, Python raises TypeError (cannot create a consistent MRO).", "每一步取第一个不出现在其他列表尾部的表头；如果没有这样的表头，Python 会抛出 TypeError（无法创建一致的 MRO）。";
    Output => "Output", "输出";
    NoOutput => "(no output)", "（没有输出）";
    Stdin => "Input lines for input(), one per line", "input() 的输入，每行一条";
    Error => "Error", "错误";
    Stderr => "Warnings and ignored exceptions (stderr)", "警告和被忽略的异常（stderr）";
    NoMro => "C3 finds no consistent order, so the class is never created", "C3 找不到一致的顺序，所以这个类没有被创建";
    C3Stuck => "Stuck: the head of every list is in the tail of another list, so no class can come next (CPython raises TypeError).", "卡住了：每个列表的表头都出现在另一个列表的尾部，没有类可以排在下一位（CPython 抛出 TypeError）。";
    DemoPage => "Embedding demo", "嵌入示例";
    EditCode => "Edit", "编辑";
    EditCodeTitle => "Edit the code (the trace stays until the next run)", "编辑代码（调用链保留到下次运行）";
    CopyEmbed => "Copy embed code", "复制嵌入代码";
    EmbedCopied => "Embed code copied", "嵌入代码已复制";
    OpenFull => "Open in metalab", "在 metalab 中打开";
    EmbedKeys => "Ctrl+Enter run · ←/→ step · ↓ step over", "Ctrl+Enter 运行 · ←/→ 单步 · ↓ 跳过调用";
}

/// "returned by N calls" under an instance in the graph.
pub fn returned_by(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "returned by 1 call".to_string(),
        (Lang::En, n) => format!("returned by {n} calls"),
        (Lang::Zh, n) => format!("被 {n} 次调用返回"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages() {
        assert!(Key::ALL.len() > 40);
        for &k in Key::ALL {
            let (en, zh) = (t(Lang::En, k), t(Lang::Zh, k));
            assert!(!en.is_empty() && !zh.is_empty(), "{k:?}");
            assert_ne!(en, zh, "{k:?} is not translated");
        }
        assert_eq!(t(Lang::Zh, Key::Run), "运行");
        assert_eq!(returned_by(Lang::En, 2), "returned by 2 calls");
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_navigator("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_navigator("ZH-tw"), Lang::Zh);
        assert_eq!(Lang::from_navigator("en-US"), Lang::En);
        assert_eq!(Lang::from_navigator(""), Lang::En);
        for l in [Lang::En, Lang::Zh] {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
