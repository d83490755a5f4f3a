/// A page that says what went wrong in words a person can act on: not signed in, not allowed, not found, a
/// refused request. The HTTP status is the server's; the page only explains it.
public enum ErrorPage {
    public static func render(status: Int, message: String, context: PageContext) -> String {
        let l = context.localisation
        let title: String = switch status {
        case 401: l(.errorNotSignedIn)
        case 403: l(.errorForbidden)
        case 404: l(.errorNotFound)
        case 409: l(.errorConflict)
        case 413: l(.errorTooLarge)
        default: status >= 500 ? l(.errorServer) : l(.errorBadRequest)
        }
        return Layout.page(title: title, context: context, current: nil) { html, l in
            html.element("p", ["class": "notice notice-error", "role": "alert"], text: message)
            html.element("p") { html in
                html.element("a", ["href": context.user == nil ? WebPath.login : WebPath.dashboard],
                             text: context.user == nil ? l(.logIn) : l(.backToDashboard))
            }
        }
    }
}
