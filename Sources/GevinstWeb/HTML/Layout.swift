/// The frame of every page: the skip link, the banner naming the user, role and administration with the
/// log-out form, the navigation, the notices, and the page's own content in `<main>`. One stylesheet and one
/// small script, both served by Gevinst (`WebAssets`); no inline script or style, so the server can forbid
/// them with a Content-Security-Policy.
public enum Layout {
    /// The parts of the application the navigation lists.
    public enum Section: String, Sendable, Hashable, CaseIterable {
        case dashboard
        case proposals
        case newProposal
        case catalogue
        case importDocument
        case followUp
        case administration

        var path: String {
            switch self {
            case .dashboard: WebPath.dashboard
            case .proposals: WebPath.proposals
            case .newProposal: WebPath.newProposal
            case .catalogue: WebPath.catalogue
            case .importDocument: WebPath.importDocument
            case .followUp: WebPath.followUp
            case .administration: WebPath.administration
            }
        }

        var label: Localisation.Key {
            switch self {
            case .dashboard: .navDashboard
            case .proposals: .navProposals
            case .newProposal: .navNewProposal
            case .catalogue: .navCatalogue
            case .importDocument: .navImport
            case .followUp: .navFollowUp
            case .administration: .navAdministration
            }
        }
    }

    /// A whole page: `title` is the `<h1>` and the start of `<title>`; `current` marks the navigation entry.
    public static func page(
        title: String, context: PageContext, current: Section?, body: (inout HTML, Localisation) -> Void
    ) -> String {
        let l = context.localisation
        var html = HTML(capacity: 64 * 1024)
        html.trusted(TrustedHTML(markup: "<!DOCTYPE html>\n"))
        html.element("html", ["lang": context.language.rawValue]) { html in
            html.element("head") { html in
                html.void("meta", ["charset": "utf-8"])
                html.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                html.element("title", text: title + " – Gevinst")
                html.void("link", ["rel": "stylesheet", "href": WebAssets.stylesheetPath])
                html.element("script", ["src": WebAssets.scriptPath, "defer": ""]) { _ in }
            }
            html.newline()
            html.element("body") { html in
                html.element("a", ["class": "skip-link", "href": "#main"], text: l(.skipToContent))
                banner(&html, context: context, l: l)
                if context.user != nil {
                    mainNavigation(&html, current: current, navigation: context.navigation, l: l)
                }
                html.newline()
                html.element("main", ["id": "main", "tabindex": "-1"]) { html in
                    for notice in context.notices {
                        let role = notice.kind == .error ? "alert" : "status"
                        html.element("p", ["class": "notice notice-\(notice.kind.rawValue)", "role": role], text: notice.text)
                    }
                    html.element("h1", text: title)
                    body(&html, l)
                }
                html.newline()
                html.element("footer", ["class": "site-footer"]) { html in
                    html.element("p", text: l(.footerText))
                }
            }
        }
        html.newline()
        return html.output
    }

    static func banner(_ html: inout HTML, context: PageContext, l: Localisation) {
        html.element("header", ["class": "banner"]) { html in
            html.element("a", ["class": "brand", "href": WebPath.dashboard], text: "Gevinst")
            if let user = context.user {
                html.element("p", ["class": "who"]) { html in
                    html.element("span", ["class": "visually-hidden"], text: l(.signedInAs) + " ")
                    html.element("strong", text: user.name)
                    html.text(" · " + l(.roleLabel) + ": " + l.role(user.role))
                    let administrations = user.administrations.isEmpty ? l(.allAdministrations) : user.administrations.joined(separator: ", ")
                    html.text(" · " + l(.administrationLabel) + ": " + administrations)
                }
            }
            html.element("nav", ["class": "language", "aria-label": l(.languageChoice)]) { html in
                for language in Language.allCases {
                    let isCurrent = language == context.language
                    html.element("a", [
                        "href": WebPath.language(language), "lang": language.rawValue, "hreflang": language.rawValue,
                        "aria-current": isCurrent ? "true" : nil,
                    ], text: language.nativeName)
                }
            }
            if context.user != nil {
                html.element("form", ["class": "logout", "method": "post", "action": WebPath.logout]) { html in
                    FormControls.csrf(&html, token: context.csrfToken)
                    html.element("button", ["type": "submit", "class": "button-secondary"], text: l(.logOut))
                }
            }
        }
    }

    static func mainNavigation(_ html: inout HTML, current: Section?, navigation: Set<Section>, l: Localisation) {
        html.element("nav", ["class": "main-nav", "aria-label": l(.mainNavigation)]) { html in
            html.element("ul") { html in
                for section in Section.allCases where navigation.contains(section) {
                    html.element("li") { html in
                        html.element("a", ["href": section.path, "aria-current": section == current ? "page" : nil],
                                     text: l(section.label))
                    }
                }
            }
        }
    }
}
