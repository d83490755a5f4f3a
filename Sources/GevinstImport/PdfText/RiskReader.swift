import GevinstCore

/// Reads section "Risikovurdering": the level the first sentence about risk names, and the text.
enum RiskReader {
    /// "lav til mellem" / "lav-mellem" before "mellem", "middel", "høj" and "lav", in the first sentence that
    /// speaks of risk ("Risikoen ved forslaget vurderes som lav", "har en lav-mellem risiko", "lave risici"); no
    /// level when that sentence names none (000 TV01).
    static func read(_ text: String) -> Risk? {
        let cleaned = text.trimmingSpaces()
        guard !cleaned.isEmpty else { return nil }
        // Sentences are lowered one at a time, up to the first that speaks of risk (most sections start there).
        let sentence = cleaned.split(atASCII: { $0 == 0x2E || $0 == 0x0A }).lazy.map { $0.lowercased() }
            .first { $0.containsBytes("risik") || $0.containsBytes("risic") } ?? ""
        // The sentence's words, found once for every level asked about.
        let words = Set(sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
        let level: RiskLevel?
        if sentence.containsBytes("lav til mellem") || sentence.containsBytes("lav-mellem") || sentence.containsBytes("lav til middel") {
            level = .lavTilMellem
        } else if words.contains("middel") {
            level = .middel
        } else if words.contains("mellem") {
            level = .mellem
        } else if words.contains("høj") || words.contains("hgj") || words.contains("høje") {
            level = .hoej
        } else if words.contains("lav") || words.contains("lave") {
            level = .lav
        } else {
            level = nil
        }
        return Risk(level: level, text: cleaned)
    }
}
