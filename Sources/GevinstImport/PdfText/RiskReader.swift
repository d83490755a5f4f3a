import GevinstCore

/// Reads section "Risikovurdering": the level the first sentence about risk names, and the text.
enum RiskReader {
    /// "lav til mellem" / "lav-mellem" before "mellem", "middel", "høj" and "lav", in the first sentence that
    /// speaks of risk ("Risikoen ved forslaget vurderes som lav", "har en lav-mellem risiko", "lave risici"); no
    /// level when that sentence names none (000 TV01).
    static func read(_ text: String) -> Risk? {
        let cleaned = text.trimmingSpaces()
        guard !cleaned.isEmpty else { return nil }
        let sentences = cleaned.split(whereSeparator: { $0 == "." || $0 == "\n" }).map { $0.lowercased() }
        let sentence = sentences.first { $0.containsBytes("risik") || $0.containsBytes("risic") } ?? ""
        let level: RiskLevel?
        if sentence.containsBytes("lav til mellem") || sentence.containsBytes("lav-mellem") || sentence.containsBytes("lav til middel") {
            level = .lavTilMellem
        } else if sentence.containsWord("middel") {
            level = .middel
        } else if sentence.containsWord("mellem") {
            level = .mellem
        } else if sentence.containsWord("høj") || sentence.containsWord("hgj") || sentence.containsWord("høje") {
            level = .hoej
        } else if sentence.containsWord("lav") || sentence.containsWord("lave") {
            level = .lav
        } else {
            level = nil
        }
        return Risk(level: level, text: cleaned)
    }
}

extension String {
    /// True when `word` occurs in the text as a whole word.
    func containsWord(_ word: String) -> Bool {
        let words = split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { String($0) }
        return words.contains(word)
    }
}
