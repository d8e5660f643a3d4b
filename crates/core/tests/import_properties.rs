//! Property tests: the importer never panics, and whatever it is given, its dataset validates.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use proptest::prelude::*;
use zhenggai_core::import_text;

fn assert_valid(text: &str) {
    let report = import_text(text);
    let json = serde_json::to_string(&report.dataset).unwrap();
    if let Err(errors) = zhenggai_core::load_str(&json) {
        panic!("invalid dataset for {text:?}: {errors:#?}");
    }
    for unplaced in &report.unplaced {
        assert!(unplaced.line >= 1, "lines count from 1");
    }
}

/// Pieces real reports are made of, so that random texts hit the importer's patterns and their edges.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "１．",
    "(1)",
    "（2）",
    "一是",
    "整改结果：",
    "整改情况：",
    "关于",
    "的问题",
    "。",
    "，",
    "；",
    "：",
    "“",
    "”",
    "《",
    "》",
    "<",
    ">",
    "（",
    "）",
    "(",
    ")",
    "**",
    " and ",
    "辦",
    "\n",
    "\n\n",
    " ",
    "　",
    "2023",
    "年",
    "月",
    "日",
    "底前",
    "前",
    "预计",
    "年底前",
    "12",
    "5",
    "0",
    "99999999999",
    "1.5",
    "%",
    "万平方米",
    "个",
    "家",
    "两",
    "十",
    "方面",
    "具体问题",
    "已完成整改",
    "基本完成",
    "长期整改 I",
    "未完成",
    "完成率",
    "信访件",
    "立行立改",
    "件",
    "全部办结",
    "次",
    "会议",
    "制度性文件",
    "截至",
    "至",
    "巡视组",
    "以下简称",
    "对",
    "联系电话",
    "邮政信箱",
    "电子邮箱",
    "通报",
    "下一步",
    "整改事项",
    "组织",
    "- 3 -",
    "\u{feff}",
    "\r\n",
    "\u{0}",
    "😀",
    "é",
    // The corpus's phrasings (docs/importer.md, "Rules from the corpus"), so that random texts reach every rule.
    "反馈问题",
    "个问题",
    "问题",
    "占",
    "总数的",
    "整改率",
    "的",
    "项整改措施",
    "整改任务",
    "已完成",
    "均已完成整改",
    "其中",
    "被巡察",
    "家单位",
    "全区",
    "第",
    "届",
    "大方面",
    "六个方面",
    "类",
    "等",
    "从",
    "细化",
    "问题1：",
    "完成情况：",
    "已完成的整改事项",
    "召开",
    "专题研究",
    "(gè)",
    "個",
    "當前位置",
    "发布时间：",
    "• ",
    "分享 打印 关闭",
    "2023-05-04",
    "巡察组",
    "4个",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic_and_validate(text in any::<String>()) {
        assert_valid(&text);
    }

    #[test]
    fn arbitrary_cjk_and_punctuation_never_panic_and_validate(
        text in "[\\u4e00-\\u4e20一二三四五六七八九十两０-９0-9（）()、．.。，：:；;“”《》<>%％年月日前底至 \\n　*]{0,200}"
    ) {
        assert_valid(&text);
    }

    #[test]
    fn arbitrary_mixes_of_report_pieces_never_panic_and_validate(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..120)
    ) {
        assert_valid(&pieces.concat());
    }
}
