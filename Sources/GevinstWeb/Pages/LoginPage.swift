/// Log in: user name and password, posted with the CSRF token to `WebPath.login`.
public enum LoginPage {
    public struct Model: Sendable, Hashable {
        /// The name typed last time, kept after a refused attempt.
        public var username: String
        /// Why the last attempt was refused ("Forkert brugernavn eller adgangskode", "Too many attempts…").
        public var error: String?
        /// Where to go after logging in (a path on Gevinst).
        public var next: String?

        public init(username: String = "", error: String? = nil, next: String? = nil) {
            self.username = username
            self.error = error
            self.next = next
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        return Layout.page(title: l(.logInTitle), context: context, current: nil) { html, l in
            html.element("form", ["class": "login", "method": "post", "action": WebPath.login]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                if let next = model.next, WebPath.isLocal(next) { FormControls.hidden(&html, name: "next", value: next) }
                if let error = model.error { html.element("p", ["class": "notice notice-error", "role": "alert"], text: error) }
                FormControls.input(&html, id: "username", name: "username", label: l(.username), value: model.username,
                                   required: true, autocomplete: "username")
                FormControls.input(&html, id: "password", name: "password", label: l(.password), type: "password",
                                   required: true, autocomplete: "current-password")
                FormControls.submit(&html, l(.logIn))
            }
        }
    }
}
