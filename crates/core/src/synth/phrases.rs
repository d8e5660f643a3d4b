//! The phrase banks a synthetic round is written from: places and agencies, status vocabularies, categories with
//! their subjects and metrics, rule titles, promises, and the sentences that join them.

use crate::model::{RegulationAction, StatusKind};

pub(super) const PLACE_FIRST: &[&str] = &[
    "东", "西", "南", "北", "青", "白", "金", "安", "平", "长", "永", "新", "宁", "兴", "和", "丰", "清", "云", "石",
    "桃", "龙", "凤", "明", "盛",
];

pub(super) const PLACE_SECOND: &[&str] = &[
    "川", "河", "山", "阳", "江", "源", "林", "水", "城", "溪", "泉", "峰", "湖", "原", "岭", "塘", "州", "桥", "坪",
    "陵",
];

pub(super) const CITY_AGENCIES: &[&str] = &[
    "自然资源和规划局",
    "卫生健康委员会",
    "住房和城乡建设局",
    "交通运输局",
    "教育局",
    "财政局",
    "发展和改革委员会",
    "生态环境局",
    "农业农村局",
    "水利局",
    "市场监督管理局",
    "人力资源和社会保障局",
    "民政局",
    "商务局",
    "应急管理局",
    "城市管理综合执法局",
    "文化旅游广电体育局",
    "医疗保障局",
    "国有资产监督管理委员会",
    "审计局",
    "统计局",
    "林业局",
    "科学技术局",
    "工业和信息化局",
    "司法局",
    "退役军人事务局",
    "政务服务和大数据管理局",
    "机关事务管理局",
];

pub(super) const COUNTY_AGENCIES: &[&str] = &[
    "自然资源局",
    "卫生健康局",
    "住房和城乡建设局",
    "交通运输局",
    "教育局",
    "财政局",
    "发展和改革局",
    "农业农村局",
    "水利局",
    "市场监督管理局",
    "人力资源和社会保障局",
    "民政局",
    "应急管理局",
    "医疗保障局",
];

pub(super) const STATE_COMPANIES: &[&str] =
    &["城市建设投资集团有限公司", "交通建设投资集团有限公司", "水务集团有限公司", "文化旅游投资集团有限公司"];

pub(super) const HOSPITALS: &[&str] = &["第一人民医院", "中心医院", "中医医院"];

pub(super) const COLLEGES: &[&str] = &["职业技术学院", "师范高等专科学校"];

pub(super) struct StatusWord {
    pub(super) id: &'static str,
    pub(super) label: &'static str,
    pub(super) kind: StatusKind,
    /// Share of problems, in percent, before a unit's own diligence shifts it.
    pub(super) weight: u32,
}

pub(super) struct Vocabulary {
    pub(super) statuses: &'static [StatusWord],
    /// Which reading of 完成率 the round declares: done only, or done and mostly done.
    pub(super) rate_counts_mostly_done: bool,
}

pub(super) const fn word(id: &'static str, label: &'static str, kind: StatusKind, weight: u32) -> StatusWord {
    StatusWord { id, label, kind, weight }
}

pub(super) const VOCABULARIES: [Vocabulary; 3] = [
    Vocabulary {
        statuses: &[
            word("wancheng", "完成", StatusKind::Done, 55),
            word("jiben-wancheng", "基本完成", StatusKind::MostlyDone, 25),
            word("changqi", "长期整改", StatusKind::LongTerm, 20),
        ],
        rate_counts_mostly_done: true,
    },
    Vocabulary {
        statuses: &[
            word("yiwancheng", "已完成", StatusKind::Done, 60),
            word("zhengzai-tuijin", "正在推进", StatusKind::InProgress, 25),
            word("chixu-zhenggai", "持续整改", StatusKind::LongTerm, 15),
        ],
        rate_counts_mostly_done: false,
    },
    Vocabulary {
        statuses: &[
            word("zhenggai-daowei", "已整改到位", StatusKind::Done, 58),
            word("jieduanxing-wancheng", "阶段性完成", StatusKind::MostlyDone, 20),
            word("changqi-jianchi", "长期坚持", StatusKind::LongTerm, 14),
            word("shangwei-wancheng", "尚未完成", StatusKind::NotDone, 8),
        ],
        rate_counts_mostly_done: false,
    },
];

pub(super) struct CategoryBank {
    pub(super) title: &'static str,
    /// How often problems fall in it, relative to the others.
    pub(super) weight: u32,
    /// What a title is about, and the short topic the measures name: (贯彻落实耕地保护制度, 耕地保护).
    pub(super) subjects: &'static [(&'static str, &'static str)],
    /// Figures typical of the category, besides the general ones.
    pub(super) metrics: &'static [MetricTemplate],
}

/// The categories of 巡视 reports. The first four are the "four implementations" every political inspection
/// checks, so every round has them; 1 to 5 others follow, in this order.
pub(super) const CATEGORY_BANKS: &[CategoryBank] = &[
    CategoryBank {
        title: "贯彻落实党的路线方针政策和党中央决策部署方面",
        weight: 30,
        subjects: &[
            ("贯彻落实耕地保护制度", "耕地保护"),
            ("防范化解地方政府债务风险", "债务风险化解"),
            ("推进乡村振兴战略", "乡村振兴"),
            ("落实生态环境保护责任", "生态环境保护"),
            ("落实安全生产责任制", "安全生产"),
            ("优化营商环境", "营商环境"),
            ("推进重大项目建设", "重大项目建设"),
            ("落实粮食安全党政同责", "粮食安全"),
            ("推动产业转型升级", "产业转型升级"),
            ("落实就业优先政策", "稳就业"),
            ("推进教育资源均衡配置", "教育资源配置"),
            ("落实河湖长制", "河湖管护"),
            ("推进招商引资工作", "招商引资"),
        ],
        metrics: &[
            metric("完成耕地恢复", "完成恢复的耕地", "亩", Figure::Whole(50, 5000), "。", true),
            metric("化解隐性债务", "化解的隐性债务", "亿元", Figure::Tenths(5, 900), "。", false),
            metric("新引进项目", "新引进的项目", "个", Figure::Whole(2, 40), "，落地率进一步提高。", false),
            metric("帮助企业解决实际问题", "帮助企业解决的实际问题", "个", Figure::Whole(5, 300), "。", true),
        ],
    },
    CategoryBank {
        title: "落实全面从严治党战略部署方面",
        weight: 24,
        subjects: &[
            ("落实中央八项规定精神", "中央八项规定精神落实"),
            ("整治形式主义官僚主义", "形式主义官僚主义整治"),
            ("履行全面从严治党主体责任", "主体责任落实"),
            ("履行监督责任", "日常监督"),
            ("防控重点领域廉政风险", "廉政风险防控"),
            ("公务用车管理", "公务用车管理"),
            ("公务接待管理", "公务接待"),
            ("工程项目建设监管", "工程项目监管"),
            ("政府采购管理", "政府采购"),
            ("财政资金使用管理", "财政资金管理"),
            ("津补贴发放管理", "津补贴发放"),
        ],
        metrics: &[
            metric("清退违规发放津补贴", "清退的违规发放津补贴", "万元", Figure::Tenths(5, 3000), "。", false),
            metric(
                "查处违反中央八项规定精神问题",
                "查处的违反中央八项规定精神问题",
                "起",
                Figure::Whole(1, 40),
                "。",
                false,
            ),
            metric("清理规范公务用车", "清理规范的公务用车", "辆", Figure::Whole(2, 60), "。", false),
        ],
    },
    CategoryBank {
        title: "落实新时代党的组织路线方面",
        weight: 16,
        subjects: &[
            ("领导班子建设", "领导班子建设"),
            ("干部选拔任用工作", "干部选拔任用"),
            ("干部队伍建设", "干部队伍建设"),
            ("基层党组织建设", "基层党建"),
            ("落实“三会一课”制度", "“三会一课”"),
            ("发展党员工作", "发展党员"),
            ("执行个人有关事项报告制度", "个人有关事项报告"),
            ("干部人事档案管理", "干部人事档案管理"),
            ("年轻干部培养", "年轻干部培养"),
            ("人才引进工作", "人才引进"),
        ],
        metrics: &[
            metric("调整不适宜担任现职干部", "调整的不适宜担任现职干部", "名", Figure::Whole(1, 15), "。", false),
            metric("整顿软弱涣散基层党组织", "整顿的软弱涣散基层党组织", "个", Figure::Whole(1, 40), "。", false),
            metric("补充专业人才", "补充的专业人才", "名", Figure::Whole(2, 30), "，优化干部队伍结构。", false),
        ],
    },
    CategoryBank {
        title: "落实巡视、审计等监督发现问题整改方面",
        weight: 10,
        subjects: &[
            ("上轮巡视反馈问题整改", "上轮巡视整改"),
            ("审计发现问题整改", "审计整改"),
            ("主题教育检视问题整改", "检视问题整改"),
            ("巡察发现问题整改", "巡察整改"),
            ("整改主体责任落实", "整改责任落实"),
            ("整改长效机制建设", "整改长效机制"),
        ],
        metrics: &[
            metric("完成上轮巡视反馈问题整改", "完成整改的上轮巡视反馈问题", "个", Figure::Whole(3, 40), "。", false),
            metric("整改审计发现问题金额", "整改的审计发现问题金额", "万元", Figure::Tenths(100, 500_000), "。", false),
        ],
    },
    CategoryBank {
        title: "落实意识形态工作责任制方面",
        weight: 8,
        subjects: &[
            ("落实意识形态工作责任制", "意识形态工作"),
            ("网络意识形态阵地管理", "网络阵地管理"),
            ("理论学习中心组学习", "理论学习"),
            ("宣传思想文化工作", "宣传思想工作"),
        ],
        metrics: &[
            metric("开展理论学习中心组专题学习", "理论学习中心组专题学习", "次", Figure::Whole(4, 24), "。", false),
            metric("清理规范政务新媒体账号", "清理规范的政务新媒体账号", "个", Figure::Whole(2, 50), "。", false),
        ],
    },
    CategoryBank {
        title: "防范化解重大风险方面",
        weight: 10,
        subjects: &[
            ("防范化解金融风险", "金融风险防控"),
            ("化解房地产领域风险", "房地产风险化解"),
            ("信访矛盾化解", "信访矛盾化解"),
            ("国有资产监管", "国有资产监管"),
            ("安全隐患排查整治", "安全隐患排查"),
            ("问题楼盘处置", "问题楼盘处置"),
        ],
        metrics: &[
            metric("处置问题楼盘", "处置的问题楼盘", "个", Figure::Whole(1, 20), "。", false),
            metric("化解信访积案", "化解的信访积案", "件", Figure::Whole(3, 150), "。", true),
            metric("排查整治安全隐患", "排查整治的安全隐患", "处", Figure::Whole(10, 2000), "。", true),
        ],
    },
    CategoryBank {
        title: "落实党风廉政建设主体责任和监督责任方面",
        weight: 10,
        subjects: &[
            ("落实“一岗双责”", "“一岗双责”"),
            ("廉政警示教育", "警示教育"),
            ("整治群众身边腐败问题", "群众身边腐败整治"),
            ("惠民惠农资金管理", "惠民惠农资金管理"),
            ("对“一把手”和领导班子监督", "“一把手”监督"),
        ],
        metrics: &[
            metric("开展警示教育", "开展的警示教育", "场次", Figure::Whole(2, 30), "。", false),
            metric(
                "查处群众身边腐败和作风问题",
                "查处的群众身边腐败和作风问题",
                "起",
                Figure::Whole(2, 80),
                "。",
                false,
            ),
        ],
    },
    CategoryBank {
        title: "践行以人民为中心的发展思想方面",
        weight: 10,
        subjects: &[
            ("解决群众急难愁盼问题", "民生实事"),
            ("老旧小区改造", "老旧小区改造"),
            ("保障农民工工资支付", "农民工工资支付"),
            ("保障性住房建设", "保障性住房建设"),
            ("养老服务体系建设", "养老服务"),
            ("基层医疗卫生服务", "基层医疗服务"),
        ],
        metrics: &[
            metric("完成老旧小区改造", "完成改造的老旧小区", "个", Figure::Whole(3, 120), "。", false),
            metric("追回拖欠农民工工资", "追回的拖欠农民工工资", "万元", Figure::Tenths(100, 50_000), "。", true),
            metric("新增养老床位", "新增的养老床位", "张", Figure::Whole(20, 2000), "。", false),
        ],
    },
    CategoryBank {
        title: "履行职能职责方面",
        weight: 10,
        subjects: &[
            ("履行行业监管职责", "行业监管"),
            ("深化“放管服”改革", "“放管服”改革"),
            ("规范行政执法", "行政执法"),
            ("政务服务标准化建设", "政务服务"),
            ("执行重大决策程序", "重大决策"),
        ],
        metrics: &[
            metric("审批时限压减", "审批时限压减的比例", "%", Figure::Whole(10, 60), "。", false),
            metric("评查行政执法案卷", "评查的行政执法案卷", "份", Figure::Whole(20, 500), "。", false),
        ],
    },
    CategoryBank {
        title: "加强基层治理方面",
        weight: 8,
        subjects: &[
            ("基层治理能力建设", "基层治理"),
            ("村级集体经济发展", "村级集体经济"),
            ("农村集体“三资”管理", "农村集体“三资”管理"),
            ("矛盾纠纷排查化解", "矛盾纠纷化解"),
        ],
        metrics: &[
            metric("清理农村集体经济合同", "清理的农村集体经济合同", "份", Figure::Whole(20, 3000), "。", true),
            metric("化解矛盾纠纷", "化解的矛盾纠纷", "件", Figure::Whole(10, 900), "。", true),
        ],
    },
];

pub(super) const DEFECTS: &[&str] =
    &["不到位", "不够有力", "不够严格", "存在薄弱环节", "有差距", "不够扎实", "不够规范", "存在短板", "成效不明显"];

pub(super) const DETAILS: &[&str] = &[
    "部分问题整改不彻底",
    "存在重形式轻实效现象",
    "个别领域风险隐患仍然存在",
    "制度执行刚性不足",
    "监督管理存在漏洞",
    "长效机制尚未建立",
    "相关工作进展滞后",
    "部分干部责任意识不强",
    "群众反映较为强烈",
    "存在违规操作现象",
];

/// How a figure is drawn: whole numbers, or tenths (123.4), between the bounds (tenths counted in tenths).
#[derive(Clone, Copy)]
pub(super) enum Figure {
    Whole(u32, u32),
    Tenths(u32, u32),
}

/// A sentence stating a figure: `lead` [qualifier] number `unit` `tail`.
pub(super) struct MetricTemplate {
    pub(super) lead: &'static str,
    pub(super) measure: &'static str,
    pub(super) unit: &'static str,
    pub(super) figure: Figure,
    pub(super) tail: &'static str,
    /// Whether 近 / 约 / 超过 may precede the number.
    pub(super) may_qualify: bool,
}

pub(super) const fn metric(
    lead: &'static str,
    measure: &'static str,
    unit: &'static str,
    figure: Figure,
    tail: &'static str,
    may_qualify: bool,
) -> MetricTemplate {
    MetricTemplate { lead, measure, unit, figure, tail, may_qualify }
}

pub(super) const GENERAL_METRICS: &[MetricTemplate] = &[
    metric("共排查发现问题", "排查发现的问题", "个", Figure::Whole(3, 180), "，已全部建立台账。", false),
    metric("累计追回资金", "追回的资金", "万元", Figure::Tenths(10, 90_000), "。", true),
    metric("对", "被追责问责的责任人员", "名", Figure::Whole(1, 25), "责任人员进行了追责问责。", false),
    metric("组织专题培训", "组织的专题培训", "场次", Figure::Whole(2, 40), "，进一步提升干部能力水平。", false),
    metric("新建完善制度", "新建完善的制度", "项", Figure::Whole(2, 30), "，扎牢制度笼子。", false),
    metric("整改完成率达到", "整改完成率", "%", Figure::Whole(60, 100), "。", false),
    metric("督促整改问题", "督促整改的问题", "个", Figure::Whole(2, 120), "。", true),
];

pub(super) const QUALIFIERS: &[&str] = &["近", "约", "超过"];

/// What a unit did with a rule: the verb, what follows the titles, and the clause after them.
pub(super) struct RegulationVerb {
    pub(super) verb: &'static str,
    pub(super) action: RegulationAction,
    pub(super) after: &'static str,
    pub(super) tails: &'static [&'static str],
}

pub(super) const REGULATION_VERBS: &[RegulationVerb] = &[
    RegulationVerb {
        verb: "制定出台",
        action: RegulationAction::Issued,
        after: "",
        tails: &["进一步规范工作流程", "从制度上堵塞管理漏洞"],
    },
    RegulationVerb {
        verb: "印发",
        action: RegulationAction::Issued,
        after: "",
        tails: &["明确责任分工和工作要求", "推动整改常态化长效化"],
    },
    RegulationVerb {
        verb: "修订完善",
        action: RegulationAction::Revised,
        after: "",
        tails: &["扎紧制度笼子", "着力规范权力运行"],
    },
    RegulationVerb {
        verb: "起草了",
        action: RegulationAction::Drafted,
        after: "",
        tails: &["正在履行审议程序", "待征求意见后印发实施"],
    },
    RegulationVerb {
        verb: "严格按照",
        action: RegulationAction::Applied,
        after: "要求",
        tails: &["规范审批程序", "逐项抓好落实"],
    },
];

pub(super) const REGULATION_TITLES: &[&str] = &[
    "{topic}管理办法",
    "关于加强{topic}工作的实施意见",
    "{topic}工作实施细则",
    "{topic}工作责任清单",
    "{topic}监督管理暂行办法",
    "{topic}问题整改工作方案",
    "{topic}工作规程（试行）",
];

pub(super) const SERVED_TITLES: &[&str] = &["整改通知书", "限期整改通知书", "纪律检查建议书"];

pub(super) const PROMISES: &[&str] = &[
    "完成全部整改任务",
    "完成问题销号",
    "完成项目竣工验收",
    "完成资金追缴",
    "全面完成清理规范",
    "完成制度修订",
    "实现整改到位",
];

pub(super) const OPENERS: &[&str] = &[
    "坚持把{topic}问题整改作为重大政治任务，主要负责同志亲自部署、亲自督办。",
    "成立{topic}整改工作专班，逐项建立问题清单、任务清单和责任清单。",
    "对照巡视反馈意见，深入剖析问题根源，制定{topic}专项整改方案。",
    "召开专题会议研究部署{topic}问题整改，明确责任领导、责任单位和完成时限。",
    "深入学习领会习近平总书记关于巡视工作的重要论述，切实提高抓好整改的政治站位。",
];

pub(super) const ACTIONS: &[&str] = &[
    "组织开展{topic}专项排查，对发现的问题逐一登记、限期整改。",
    "举一反三开展自查自纠，将同类问题一并纳入整改范围。",
    "加强对{topic}工作的日常监督检查，定期调度通报整改进展。",
    "对相关责任人员进行约谈提醒，层层压实整改责任。",
    "建立健全{topic}长效机制，防止问题反弹回潮。",
    "聘请第三方机构开展专项审计，逐项核实问题底数。",
    "将{topic}工作纳入年度绩效考核，强化考核结果运用。",
    "组织党员干部开展警示教育，以案为鉴、以案促改。",
    "会同纪检监察机关对问题线索开展核查，依规依纪依法处理。",
];

/// Short sentences that bring a paragraph up to its minimum length.
pub(super) const FILLERS: &[&str] =
    &["开展“回头看”，巩固整改成效。", "坚持立行立改，确保问题见底清零。", "定期跟踪问效，压茬推进整改。"];

/// Sentences the follow-up report adds after its as-of date, without a topic (the problem does not keep one).
pub(super) const LATER_ACTIONS: &[&str] = &[
    "持续跟踪问题整改情况，逐项对账销号，",
    "组织开展整改成效评估，对照清单逐项复核，",
    "巩固前期整改成果，完善相关制度机制，",
    "坚持问题导向，集中力量攻坚剩余事项，",
];

pub(super) const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
