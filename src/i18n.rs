//! Every string the widget shows, one table per language. The data itself is shown as written.

use zhenggai_core::Lang;

/// The UI strings of one language.
pub struct Texts {
    /// Shown while the dataset loads.
    pub loading: &'static str,
    /// Heading of the load-error box.
    pub load_failed: &'static str,
    /// Heading of the invalid-dataset box.
    pub invalid_dataset: &'static str,
    /// The retry button.
    pub retry: &'static str,
    /// Labels of the report header.
    pub issuer: &'static str,
    pub unit: &'static str,
    pub team: &'static str,
    /// Heading of the problem list.
    pub problems: &'static str,
    /// Heading of the dataset warnings.
    pub warnings: &'static str,
    /// "N problems".
    pub problem_count: fn(usize) -> String,
    /// Why the `?data=` value was refused.
    pub bad_data_url: fn(&str) -> String,
    /// A network failure.
    pub network_failed: fn(&str) -> String,
    /// An HTTP error status.
    pub http_failed: fn(&str, u16) -> String,
}

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: Texts = Texts {
    loading: "正在加载整改数据…",
    load_failed: "数据加载失败",
    invalid_dataset: "数据文件有误，无法显示",
    retry: "重试",
    issuer: "发布单位",
    unit: "被巡视单位",
    team: "巡视组",
    problems: "问题清单",
    warnings: "数据核对提示",
    problem_count: |n| format!("共 {n} 个问题"),
    bad_data_url: |url| format!("数据地址“{url}”无效：只能使用 http 或 https 地址。"),
    network_failed: |url| format!("无法连接到 {url}：请检查网络连接，或确认该地址允许跨域访问（CORS），然后重试。"),
    http_failed: |url, status| format!("服务器返回错误 {status}（{url}）：文件可能不存在或暂时无法访问。"),
};

static EN: Texts = Texts {
    loading: "Loading the rectification data…",
    load_failed: "The data could not be loaded",
    invalid_dataset: "The data file has errors and cannot be shown",
    retry: "Retry",
    issuer: "Issued by",
    unit: "Inspected unit",
    team: "Inspection team",
    problems: "Problems",
    warnings: "Data checks",
    problem_count: |n| format!("{n} problems"),
    bad_data_url: |url| format!("The data address “{url}” is not valid: only http and https addresses can be used."),
    network_failed: |url| {
        format!(
            "Could not reach {url}: check the connection, or that the address allows cross-origin access (CORS), then retry."
        )
    },
    http_failed: |url, status| {
        format!("The server answered {status} for {url}: the file may be missing or unavailable.")
    },
};
