import GevinstStore
import Testing

@Suite struct DatabaseLocationTests {
    @Test func nothingMeansTheDefaultSQLiteFile() throws {
        #expect(try DatabaseLocation(parsing: nil) == .sqlite(path: "./gevinst.sqlite"))
        #expect(try DatabaseLocation(parsing: "  ") == .sqlite(path: "./gevinst.sqlite"))
    }

    @Test func pathsAndSQLiteURLs() throws {
        #expect(try DatabaseLocation(parsing: "data/g.sqlite") == .sqlite(path: "data/g.sqlite"))
        #expect(try DatabaseLocation(parsing: "sqlite:///tmp/g.sqlite") == .sqlite(path: "/tmp/g.sqlite"))
        #expect(try DatabaseLocation(parsing: "sqlite:g.sqlite") == .sqlite(path: "g.sqlite"))
    }

    @Test func postgresURL() throws {
        guard case .postgres(let url) = try DatabaseLocation(parsing: "postgres://anna:s%40cret@db.example:6543/gevinst?sslmode=disable") else {
            Issue.record("expected PostgreSQL")
            return
        }
        #expect(url.host == "db.example")
        #expect(url.port == 6543)
        #expect(url.username == "anna")
        #expect(url.password == "s@cret")
        #expect(url.database == "gevinst")
        #expect(url.tls == .disable)
        #expect(url.description == "postgres://anna:***@db.example:6543/gevinst")
    }

    @Test func postgresDefaults() throws {
        let url = try PostgresURL(parsing: "postgresql://u@localhost/d")
        #expect(url.port == 5432)
        #expect(url.password == nil)
        #expect(url.tls == .prefer)
    }

    @Test func badURLsSayWhatIsExpected() {
        #expect(throws: StoreError.self) { try DatabaseLocation(parsing: "mysql://u@h/d") }
        #expect(throws: StoreError.self) { try PostgresURL(parsing: "postgres://localhost/d") }
        #expect(throws: StoreError.self) { try PostgresURL(parsing: "postgres://u@localhost") }
        #expect(throws: StoreError.self) { try PostgresURL(parsing: "postgres://u@localhost/d?sslmode=sometimes") }
    }
}
