import GevinstCore

/// A traffic light always shown with its word ("Grøn", "Gul", "Rød") and a shape that differs by colour
/// (circle, triangle, square), so colour is never the only carrier of meaning (WCAG 2.1, 1.4.1).
public enum TrafficLight {
    public static func badge(_ html: inout HTML, _ colour: StatusColour, l: Localisation) {
        html.element("span", ["class": "light light-\(colour.rawValue)"]) { html in
            html.element("span", ["class": "light-symbol", "aria-hidden": "true"], text: symbol(colour))
            html.text(" " + l.colour(colour))
        }
    }

    /// ● for green, ▲ for yellow, ■ for red.
    static func symbol(_ colour: StatusColour) -> String {
        switch colour {
        case .green: "●"
        case .yellow: "▲"
        case .red: "■"
        }
    }
}

/// A proposal's status as a labelled badge.
public enum StatusBadge {
    public static func badge(_ html: inout HTML, _ status: ProposalStatus, l: Localisation) {
        html.element("span", ["class": "status status-\(status.rawValue)"], text: l.status(status))
    }
}
