import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request to the in-process server (for logging in before `wrk` runs).
enum LoopbackHTTP {
    static func post(port: Int, path: String, body: String) async throws -> String {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { return "" }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }
}
