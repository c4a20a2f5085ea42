/// Made-up pinyin place names in the style of the demo county: a family name, often `jia`
/// ("family"), and a landform (`Liujiagou`, "Liu family gully"; `Shiziya`, "stone cliff").
enum PlaceNames {
    static let families = [
        "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu",
        "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
        "Cao", "Peng", "Zeng", "Tian", "Dong", "Yuan", "Pan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei",
        "Su", "Lü", "Ding", "Ren", "Shen", "Yao", "Lu", "Mu", "Qin", "Bai", "Tan", "Kong", "Meng", "Duan",
    ]
    static let nature = [
        "Shang", "Xia", "Bai", "Hei", "Qing", "Huang", "Hong", "Shi", "Song", "Tao", "Li", "Long", "Feng",
        "Yun", "Shui", "Leng", "Da", "Xiao", "Gao", "Chang", "Jin", "Yin", "Tie", "Ma", "Yang", "Niu", "Lian",
        "Hua", "Mu", "Gu", "Tian", "Tang", "Hu", "Quan", "Ju", "Zhu", "Yan", "Ping", "Guan", "Si", "Miao",
    ]
    static let landforms = [
        "gou", "ping", "wan", "ba", "he", "ling", "yuan", "zhuang", "ya", "tan", "shan", "zi", "po", "chong",
        "kou", "qiao", "ao", "yan", "xi", "pu", "gang", "tai", "dian", "ding",
    ]
    static let companies = [
        ("SF Express", "hub"), ("China Post EMS", "branch"), ("ZTO Express", "agency"), ("YTO Express", "agency"),
        ("Yunda Express", "agency"), ("STO Express", "agency"), ("JD Logistics", "station"),
        ("J&T Express", "agency"), ("Deppon", "depot"), ("Best Express", "agency"),
    ]

    /// A village or hamlet name: `Liujiagou`, `Baishuiyan`.
    static func village(using rng: inout some RandomNumberGenerator) -> String {
        let first = rng.chance(0.55) ? rng.pick(families) + "jia" : rng.pick(nature) + lower(rng.pick(nature))
        return first + rng.pick(landforms)
    }

    /// A town or landmark name (two syllables, no landform): `Huilong`, `Qingshui`.
    static func town(using rng: inout some RandomNumberGenerator) -> String {
        rng.pick(nature) + lower(rng.pick(nature))
    }

    private static func lower(_ s: String) -> String { s.lowercased() }
}
