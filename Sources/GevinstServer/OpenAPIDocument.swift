/// The API described as OpenAPI 3.1, written by hand and served at `GET /openapi.json`. A test checks that it
/// is valid JSON and that every route the router answers is described here, and every route described here
/// is answered.
public enum OpenAPIDocument {
    public static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Gevinst API",
    "version": "1",
    "description": "Investment and efficiency proposals for Danish municipalities: proposals in the native format gevinst-proposal/1 with append-only versions, the workflow (draft → submitted → approved or returned → presented → adopted / rejected / withdrawn / moved to the efficiency catalogue), snapshots, diffs and the audit log. Amounts are whole kroner. Log in with POST /api/session; send the cookie it sets, or the header Authorization: Bearer <token>. Errors are {\"error\": message, \"detail\": …}: 400 bad request, 401 not logged in, 403 role or administration not allowed, 404 not found, 409 conflict (stale version, locked proposal, wrong status), 413 body too large, 422 invalid content, 428 If-Match missing, 429 too many failed logins."
  },
  "servers": [{"url": "/"}],
  "security": [{"session": []}, {"bearer": []}],
  "paths": {
    "/health": {
      "get": {
        "summary": "Whether the server and its database answer",
        "security": [],
        "responses": {
          "200": {"description": "Up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/openapi.json": {
      "get": {
        "summary": "This document",
        "security": [],
        "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}
      }
    },
    "/api/session": {
      "post": {
        "summary": "Log in: a session token and an HttpOnly, SameSite=Strict cookie",
        "description": "Failed logins are counted per user name and per address; past the limit (5 per user, 20 per address in 15 minutes) the answer is 429 with Retry-After.",
        "security": [],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Login"}}}},
        "responses": {
          "200": {"description": "Logged in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "429": {"$ref": "#/components/responses/Error"}
        }
      },
      "delete": {
        "summary": "Log out (ends the session whose token is sent)",
        "responses": {"200": {"description": "Logged out"}, "401": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/me": {
      "get": {
        "summary": "The logged-in user",
        "responses": {
          "200": {"description": "User", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
          "401": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tokens": {
      "post": {
        "summary": "An API token for scripts (shown once)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "maxLength": 100}}, "additionalProperties": false}}}},
        "responses": {
          "201": {"description": "Token", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "token": {"type": "string"}}}}}},
          "401": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/users": {
      "get": {
        "summary": "Every user (administrators)",
        "responses": {
          "200": {"description": "Users", "content": {"application/json": {"schema": {"type": "object", "properties": {"users": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Create a user (administrators)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewUser"}}}},
        "responses": {
          "201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/reference": {
      "get": {
        "summary": "Administrations, areas, committees, consultation bodies, budget rounds and payback rules",
        "responses": {"200": {"description": "Reference data", "content": {"application/json": {}}}, "401": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/reference/{kind}": {
      "post": {
        "summary": "Add an administration, area, committee or consultation body (administrators)",
        "parameters": [{"name": "kind", "in": "path", "required": true, "schema": {"type": "string", "enum": ["administrations", "areas", "committees", "consultation-bodies"]}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "maxLength": 200}, "code": {"type": "string", "maxLength": 10, "description": "areas only"}}, "additionalProperties": false}}}},
        "responses": {
          "201": {"description": "Added; the reference data as GET /api/reference answers it", "content": {"application/json": {}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/budget-rounds": {
      "post": {
        "summary": "Add or change a budget round (administrators)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BudgetRound"}}}},
        "responses": {
          "200": {"description": "Saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BudgetRound"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals": {
      "get": {
        "summary": "Proposals the user may see, most recently changed first",
        "description": "Drafts of other administrations are left out for authors and follow-up controllers; readers see proposals once they have left drafting.",
        "parameters": [
          {"name": "round", "in": "query", "schema": {"type": "string"}, "description": "Budget round, exactly"},
          {"name": "area", "in": "query", "schema": {"type": "string"}, "description": "Area code, e.g. BU"},
          {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
          {"name": "code", "in": "query", "schema": {"type": "string"}, "description": "Proposal code, exactly"},
          {"name": "text", "in": "query", "schema": {"type": "string"}, "description": "Words in title or code, case-insensitive"},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 20000, "default": 500}}
        ],
        "responses": {
          "200": {"description": "List", "content": {"application/json": {"schema": {"type": "object", "properties": {"count": {"type": "integer"}, "proposals": {"type": "array", "items": {"$ref": "#/components/schemas/ProposalSummary"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Create a proposal from native JSON (gevinst-proposal/1); it starts as a draft",
        "description": "At most 2 MiB. The submitting administration must be one of the author's.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NativeProposal"}}}},
        "responses": {
          "201": {"description": "Created; Location and ETag name the proposal and its version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Saved"}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals/{id}": {
      "parameters": [{"$ref": "#/components/parameters/ProposalID"}],
      "get": {
        "summary": "The proposal with computed Tabel 1–4, payback and findings; ETag is the version",
        "responses": {
          "200": {"description": "Proposal", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProposalView"}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "put": {
        "summary": "Save a new version; If-Match names the version edited",
        "description": "A stale If-Match gives 409 with the versions saved since and what they changed. Only drafts and returned proposals can be changed.",
        "parameters": [{"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}, "description": "The version edited, e.g. \"3\""}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NativeProposal"}}}},
        "responses": {
          "200": {"description": "Saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Saved"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"},
          "428": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals/{id}/versions": {
      "parameters": [{"$ref": "#/components/parameters/ProposalID"}],
      "get": {
        "summary": "The versions, oldest first (author, time, content hash)",
        "responses": {
          "200": {"description": "Versions", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}, "versions": {"type": "array", "items": {"$ref": "#/components/schemas/Version"}}}}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals/{id}/versions/{version}": {
      "parameters": [{"$ref": "#/components/parameters/ProposalID"}, {"name": "version", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
      "get": {
        "summary": "One version's content",
        "responses": {
          "200": {"description": "Version", "content": {"application/json": {}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals/{id}/diff": {
      "parameters": [{"$ref": "#/components/parameters/ProposalID"}],
      "get": {
        "summary": "Changed fields and figures between two versions (default: the current one and the one before)",
        "parameters": [
          {"name": "from", "in": "query", "schema": {"type": "integer", "minimum": 1}},
          {"name": "to", "in": "query", "schema": {"type": "integer", "minimum": 1}}
        ],
        "responses": {
          "200": {"description": "Diff", "content": {"application/json": {"schema": {"type": "object", "properties": {"from": {"type": "integer"}, "to": {"type": "integer"}, "changes": {"type": "array", "items": {"$ref": "#/components/schemas/Change"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals/{id}/transitions": {
      "parameters": [{"$ref": "#/components/parameters/ProposalID"}],
      "post": {
        "summary": "A workflow step: submit, approve, return (with comment), present, adopt, reject, withdraw, move-to-efficiency-catalogue",
        "description": "The approver cannot be an author of the proposal; presenting is refused while consultations are unanswered (409 with the finding).",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["transition"], "properties": {"transition": {"type": "string", "enum": ["submit", "approve", "return", "present", "adopt", "reject", "withdraw", "move-to-efficiency-catalogue"]}, "comment": {"type": "string"}}, "additionalProperties": false}}}},
        "responses": {
          "200": {"description": "Moved", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}, "from": {"$ref": "#/components/schemas/Status"}, "status": {"$ref": "#/components/schemas/Status"}, "transitions": {"type": "array", "items": {"type": "string"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/imports": {
      "post": {
        "summary": "Import a legacy document (PDF, PDF text, the markdown catalogue, …): its proposals become drafts, with the reader's findings",
        "description": "The body is the document's bytes, at most 20 MiB. Nothing is saved when the document cannot be read (422) or when a proposal belongs to an administration the user does not write for (403); all drafts are saved in one transaction. A proposal already stored with the same code (or without one, the same title), among those the user may see, is named in notes: the import made another draft of it. A follow-up table (text, XLSX, ODS or XLS with LibreOffice, or a .csv named after its area) is read and checked but not stored: 200 with its findings; POST /api/followup/periods stores it.",
        "parameters": [
          {"name": "file", "in": "query", "schema": {"type": "string"}, "description": "The document's name, used in findings (a .csv name makes a semicolon- or comma-separated file a follow-up table's)"},
          {"name": "format", "in": "query", "schema": {"type": "string"}, "description": "The reader to use (as gevinst import --format); by default the most confident reader"}
        ],
        "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
        "responses": {
          "201": {"description": "Drafts saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}}}},
          "200": {"description": "Read, but it held no proposals (findings only)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/proposals/{id}/document": {
      "get": {
        "summary": "The proposal in the municipal template, as HTML, DOCX, XLSX, PDF or CSV (a zip of one file per table)",
        "description": "The same renderers as gevinst render; figures use the budget round's payback rule. PDF needs LibreOffice or Chromium on the server (503 names the Debian package when neither is installed).",
        "parameters": [
          {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
          {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "docx", "xlsx", "pdf", "csv"], "default": "html"}}
        ],
        "responses": {
          "200": {"description": "The file, as an attachment", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/catalogue": {
      "get": {
        "summary": "A budget round's catalogue (front page, change list, contents, every proposal, overview) or its overview table",
        "description": "Only the proposals the user may read; rejected and withdrawn proposals are left out. The change list since a snapshot is for the finance centre and administrators.",
        "parameters": [
          {"name": "round", "in": "query", "schema": {"type": "string"}, "description": "The budget round; every round when absent"},
          {"name": "document", "in": "query", "schema": {"type": "string", "enum": ["catalogue", "overview"], "default": "catalogue"}},
          {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "docx", "xlsx", "pdf", "csv"], "default": "html"}},
          {"name": "since", "in": "query", "schema": {"type": "integer"}, "description": "The snapshot the change list compares with"}
        ],
        "responses": {
          "200": {"description": "The file, as an attachment", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/documents": {
      "post": {
        "summary": "Render an uploaded document (a strategy plan as seed 004, the markdown catalogue, PDF text, a PDF, …) as gevinst render does: its plan, catalogue, overview or single proposal, as HTML, DOCX, XLSX, PDF or CSV (a zip of one file per table)",
        "description": "The body is the document's bytes, at most 20 MiB, read by the same readers as POST /api/imports; nothing is stored, so every logged-in user may call it. Every figure is Gevinst's own, computed from the lines read (a plan's totals from its rows, in its own sign convention). 422 when the document cannot be read or holds no plan (document=plan), no proposal, or for document=proposal more than one; PDF needs LibreOffice or Chromium on the server (503 names the Debian package when neither is installed).",
        "parameters": [
          {"name": "document", "in": "query", "required": true, "schema": {"type": "string", "enum": ["plan", "catalogue", "overview", "proposal"]}},
          {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "docx", "xlsx", "pdf", "csv"], "default": "html"}},
          {"name": "file", "in": "query", "schema": {"type": "string"}, "description": "The document's name, used in errors"},
          {"name": "title", "in": "query", "schema": {"type": "string"}, "description": "The catalogue's or overview's title"},
          {"name": "changesSince", "in": "query", "schema": {"type": "string"}, "description": "For a catalogue with a change list: since when, in words"},
          {"name": "paybackRule", "in": "query", "schema": {"type": "string"}, "description": "The payback rule (as gevinst render --payback-rule); first-year-strict by default"}
        ],
        "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
        "responses": {
          "200": {"description": "The file, as an attachment named after the document's title", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"},
          "503": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/followup/periods": {
      "get": {
        "summary": "Follow-up periods (status reports on adopted proposals), newest first, with their counts by colour",
        "responses": {"200": {"description": "Periods", "content": {"application/json": {"schema": {"type": "object", "properties": {"periods": {"type": "array", "items": {"$ref": "#/components/schemas/FollowUpPeriod"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}}
      },
      "post": {
        "summary": "Load a period from a status report (text or PDF as seed 002, XLSX or one area's CSV in the export layout), as gevinst followup load does",
        "description": "Follow-up controllers (of the report's administration) and administrators. The body is the document's bytes, at most 20 MiB. Rows that cannot load (a missing column, a word where an amount belongs, an unknown status text or area) are findings with their line and are left out; the rest is stored in one transaction, each record linked to the stored proposal with the same adopted budget year and code when there is one. 422 with the findings when no row loads; 409 when a period of that name exists.",
        "parameters": [
          {"name": "name", "in": "query", "required": true, "schema": {"type": "string"}, "description": "The period, e.g. December 2024"},
          {"name": "date", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "The period's date; by default the last day of the month its name gives"},
          {"name": "file", "in": "query", "schema": {"type": "string"}, "description": "The document's name (a .csv name reads CSV), used in findings"},
          {"name": "area", "in": "query", "schema": {"type": "string"}, "description": "The area of a CSV file, when its name does not give it"}
        ],
        "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
        "responses": {"201": {"description": "Stored", "content": {"application/json": {"schema": {"type": "object", "properties": {"period": {"$ref": "#/components/schemas/FollowUpPeriod"}, "rows": {"type": "integer"}, "skippedRows": {"type": "integer"}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/followup/periods/next": {
      "post": {
        "summary": "Start the next period from the latest one: open records are carried over, implemented and closed ones stay in the history",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "date": {"type": "string", "format": "date"}}}}}},
        "responses": {"201": {"description": "Started", "content": {"application/json": {"schema": {"type": "object", "properties": {"period": {"$ref": "#/components/schemas/FollowUpPeriod"}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/followup/periods/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "get": {
        "summary": "A period's records (each with the status Gevinst proposes from its figures and the ØU/BR approval its rule gives), the configuration they are judged by, the portfolio summary per area and in total, and the findings",
        "description": "Everything here is read under the follow-up configuration in force on the period's date (the latest the administrator saved on the colour-rules page whose effective date is on or before it; the default when none is saved), which the response names under configuration.",
        "responses": {"200": {"description": "The period", "content": {"application/json": {"schema": {"type": "object", "properties": {"period": {"$ref": "#/components/schemas/FollowUpPeriod"}, "configuration": {"$ref": "#/components/schemas/FollowUpConfiguration"}, "summary": {"type": "object", "properties": {"areas": {"type": "array", "items": {"$ref": "#/components/schemas/FollowUpFigures"}}, "total": {"$ref": "#/components/schemas/FollowUpFigures"}}}, "records": {"type": "array", "items": {"$ref": "#/components/schemas/FollowUpRecord"}}, "loadFindings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/followup/periods/{id}/bulk": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "post": {
        "summary": "Bulk update from an XLSX workbook or one area's CSV in the export layout: each row that differs from its record becomes the record's next version, in one transaction",
        "description": "Rows are matched by adopted budget year, code and area; rows that match nothing or cannot be read are findings. A status other than the one Gevinst proposes is recorded as an override whose reason names the file and line. 409 (nothing saved) when a record was changed since the period was read.",
        "parameters": [
          {"name": "file", "in": "query", "schema": {"type": "string"}, "description": "The file's name (a .csv name reads CSV)"},
          {"name": "area", "in": "query", "schema": {"type": "string"}, "description": "The area of a CSV file"}
        ],
        "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
        "responses": {"200": {"description": "Applied", "content": {"application/json": {"schema": {"type": "object", "properties": {"changed": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}, "version": {"type": "integer"}, "code": {"type": ["string", "null"]}, "area": {"type": "string"}, "line": {"type": ["integer", "null"]}, "changes": {"type": "string"}}}}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/followup/periods/{id}/report": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "get": {
        "summary": "The committee's status report of the period (the seed's layout: one table per area, colours in a cell and in words, totals, a summary with a chart)",
        "parameters": [{"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "xlsx", "docx"], "default": "html"}}],
        "responses": {"200": {"description": "The report", "content": {"text/html": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/followup/records/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "get": {
        "summary": "One record at its current version; ETag is the version",
        "responses": {"200": {"description": "The record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FollowUpRecord"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      },
      "put": {
        "summary": "Change a record's fields (If-Match: the version edited); audited with the old and the new record",
        "description": "Follow-up controllers (of the linked proposal's administration, or the report's for a standalone record) and administrators. The body holds the fields to change, named as in gevinst-follow-up-period/1's record form (status, remark, currentFullImplementationYear, totalInvestment, efficiencyAtFullPhaseIn, plannedEfficiency, realisedEfficiency, handling, compensatingActions, earlierCompensatingAction, requiresApproval, consequence, closed, …); the proposal and the area cannot change. A status other than the one Gevinst proposes needs overrideReason (422 without). A stale If-Match is 409 with the versions saved since and what each changed.",
        "parameters": [{"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": {"200": {"description": "Saved; ETag is the new version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FollowUpRecord"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}, "428": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/snapshots": {
      "get": {
        "summary": "Snapshots, newest first (finance centre and administrators)",
        "responses": {"200": {"description": "Snapshots", "content": {"application/json": {}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}
      },
      "post": {
        "summary": "Name the current versions (of a round, or of the listed proposals) as a snapshot at a stage",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name", "stage"], "properties": {"name": {"type": "string"}, "stage": {"type": "string", "enum": ["first-reading", "second-reading", "adopted", "other"]}, "round": {"type": "string"}, "proposals": {"type": "array", "items": {"type": "integer"}}}, "additionalProperties": false}}}},
        "responses": {
          "201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Snapshot"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/snapshots/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "get": {
        "summary": "A snapshot and the versions it names",
        "responses": {"200": {"description": "Snapshot", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Snapshot"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/snapshots/diff": {
      "get": {
        "summary": "What changed between two snapshots: new, removed and changed proposals with their changes",
        "parameters": [
          {"name": "from", "in": "query", "required": true, "schema": {"type": "integer"}},
          {"name": "to", "in": "query", "required": true, "schema": {"type": "integer"}}
        ],
        "responses": {"200": {"description": "Diff", "content": {"application/json": {}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/api/audit": {
      "get": {
        "summary": "Audit log lines with from <= at < to (finance centre and administrators)",
        "parameters": [
          {"name": "from", "in": "query", "schema": {"type": "string"}, "description": "A date (2025-03-01) or UTC time (2025-03-01T09:30:00Z); default 30 days ago"},
          {"name": "to", "in": "query", "schema": {"type": "string"}, "description": "A date (that day included) or UTC time; default now"}
        ],
        "responses": {
          "200": {"description": "Audit lines, oldest first, at most 10 000", "content": {"application/json": {"schema": {"type": "object", "properties": {"count": {"type": "integer"}, "entries": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/portfolio": {
      "get": {
        "summary": "Sums of the current versions' amounts by year, block and steering area (finance centre and administrators)",
        "parameters": [
          {"name": "round", "in": "query", "schema": {"type": "string"}},
          {"name": "status", "in": "query", "schema": {"type": "string"}, "description": "Statuses, comma-separated"}
        ],
        "responses": {"200": {"description": "Sums in kroner", "content": {"application/json": {}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}
      }
    }
  },
  "components": {
    "securitySchemes": {
      "session": {"type": "apiKey", "in": "cookie", "name": "gevinst_session"},
      "bearer": {"type": "http", "scheme": "bearer", "description": "A session token from POST /api/session or an API token from POST /api/tokens"}
    },
    "parameters": {
      "ProposalID": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}
    },
    "responses": {
      "Error": {"description": "What went wrong and what to do", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}, "detail": {}}},
      "Health": {"type": "object", "properties": {"status": {"type": "string"}, "database": {"type": "string", "enum": ["sqlite", "postgres"]}, "schema": {"type": "integer"}}},
      "Login": {"type": "object", "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string"}}, "additionalProperties": false},
      "Session": {"type": "object", "properties": {"token": {"type": "string"}, "expiresAt": {"type": "string", "format": "date-time"}, "user": {"$ref": "#/components/schemas/User"}}},
      "Role": {"type": "string", "enum": ["reader", "author", "finance-reviewer", "follow-up-controller", "admin"]},
      "User": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"}, "administrations": {"type": "array", "items": {"type": "string"}}}},
      "NewUser": {"type": "object", "required": ["name", "password", "role"], "properties": {"name": {"type": "string"}, "password": {"type": "string", "minLength": 8}, "role": {"$ref": "#/components/schemas/Role"}, "administrations": {"type": "array", "items": {"type": "string"}}}, "additionalProperties": false},
      "BudgetRound": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "priceLevel": {"type": "integer"}, "paybackRule": {"type": "string"}, "maxPayback": {"type": "integer", "minimum": 1}}},
      "Status": {"type": "string", "enum": ["draft", "submitted", "approved", "returned", "presented", "adopted", "rejected", "withdrawn", "moved-to-efficiency-catalogue"]},
      "NativeProposal": {"type": "object", "description": "A proposal in the native format gevinst-proposal/1; see docs/file-format.md and docs/gevinst-proposal-1.schema.json", "required": ["format", "title", "years"]},
      "Saved": {"type": "object", "properties": {"id": {"type": "integer"}, "version": {"type": "integer"}, "contentHash": {"type": "string", "description": "SHA-256 of the stored native JSON"}}},
      "ProposalSummary": {"type": "object", "properties": {"id": {"type": "integer"}, "version": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"}, "code": {"type": ["string", "null"]}, "title": {"type": "string"}, "administration": {"type": ["string", "null"]}, "round": {"type": ["string", "null"]}, "author": {"type": "string"}, "createdAt": {"type": "string"}, "updatedAt": {"type": "string"}}},
      "ProposalView": {"type": "object", "properties": {"id": {"type": "integer"}, "version": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"}, "administration": {"type": ["string", "null"]}, "author": {"type": "string"}, "savedBy": {"type": "string"}, "contentHash": {"type": "string"}, "editable": {"type": "boolean"}, "transitions": {"type": "array", "items": {"type": "string"}}, "proposal": {"$ref": "#/components/schemas/NativeProposal"}, "computed": {"type": "array", "description": "One per variant: Tabel 1 lines and totals, Tabel 2–4, investment, payback", "items": {"type": "object"}}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}},
      "Finding": {"type": "object", "properties": {"rule": {"type": "string"}, "severity": {"type": "string", "enum": ["info", "warning", "error"]}, "proposal": {"type": ["string", "null"]}, "line": {"type": ["integer", "null"]}, "message": {"type": "string"}}},
      "Version": {"type": "object", "properties": {"version": {"type": "integer"}, "author": {"type": "string"}, "createdAt": {"type": "string"}, "contentHash": {"type": "string"}}},
      "Change": {"type": "object", "properties": {"path": {"type": "string"}, "kind": {"type": "string", "enum": ["field", "figure"]}, "old": {"type": ["string", "null"]}, "new": {"type": ["string", "null"]}, "description": {"type": "string"}}},
      "Snapshot": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "stage": {"type": "string"}, "round": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "createdBy": {"type": ["string", "null"]}, "versions": {"type": "array", "items": {"type": "object", "properties": {"proposal": {"type": "integer"}, "version": {"type": "integer"}}}}}},
      "ImportResult": {"type": "object", "properties": {"file": {"type": "string"}, "kind": {"type": "string"}, "drafts": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}, "version": {"type": "integer"}, "code": {"type": ["string", "null"]}, "title": {"type": "string"}}}}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}, "notes": {"type": "array", "items": {"type": "string"}}}},
      "FollowUpPeriod": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "date": {"type": "string", "format": "date"}, "previousPeriodId": {"type": ["integer", "null"]}, "records": {"type": "integer"}, "linkedRecords": {"type": "integer"}, "createdAt": {"type": "string"}, "createdBy": {"type": ["string", "null"]}, "colours": {"type": "object", "properties": {"green": {"type": "integer"}, "yellow": {"type": "integer"}, "red": {"type": "integer"}}}}},
      "FollowUpFigures": {"type": "object", "description": "Kroner; savings negative", "properties": {"area": {"type": "string"}, "records": {"type": "integer"}, "green": {"type": "integer"}, "yellow": {"type": "integer"}, "red": {"type": "integer"}, "totalInvestment": {"type": "integer"}, "efficiencyAtFullPhaseIn": {"type": "integer"}, "plannedToDate": {"type": "integer"}, "realisedToDate": {"type": "integer"}, "lostEfficiency": {"type": "integer"}, "coveredEfficiency": {"type": "integer"}, "uncoveredEfficiency": {"type": "integer"}, "saturated": {"type": "boolean"}}},
      "FollowUpRecord": {"type": "object", "properties": {"id": {"type": "integer"}, "periodId": {"type": "integer"}, "version": {"type": "integer"}, "proposalId": {"type": ["integer", "null"], "description": "The stored proposal with the same adopted budget year and code; null for a standalone record"}, "updatedAt": {"type": "string"}, "colour": {"type": "string", "enum": ["green", "yellow", "red"]}, "statusText": {"type": "string"}, "gevinstProposes": {"type": ["object", "null"], "properties": {"status": {"type": "string"}, "colour": {"type": "string"}, "reason": {"type": "string"}}}, "approval": {"$ref": "#/components/schemas/FollowUpApproval"}, "record": {"type": "object", "description": "The record in gevinst-follow-up-period/1's record form"}}},
      "ApprovalRule": {"type": "string", "enum": ["unless-frame-cut-within-committee-areas", "always", "never"], "description": "When a record's compensating actions need the ØU/BR's approval: unless every action is a frame cut (rammebesparelse) within the committee's own areas, always, or never. With no compensating action there is nothing to approve."},
      "FollowUpConfiguration": {"type": "object", "description": "The follow-up configuration a period is judged by: the one in force on the period's date (the latest saved on the administration page's colour rules whose effective date is on or before it, else the first; the default when none is saved).", "required": ["effectiveFrom", "scheduleThresholdMonths", "economyThresholdKroner", "approvalRule"], "properties": {"effectiveFrom": {"type": "string", "format": "date", "description": "The day these rules apply from"}, "scheduleThresholdMonths": {"type": "integer", "minimum": 0, "description": "The schedule counts as slipped when full implementation is more than this many months late (default 6)"}, "economyThresholdKroner": {"type": "integer", "minimum": 0, "description": "The economy counts as slipped when the lost efficiency that compensating actions do not cover is more than this many whole kroner (default 1000000)"}, "approvalRule": {"$ref": "#/components/schemas/ApprovalRule"}}, "additionalProperties": false},
      "FollowUpApproval": {"type": "object", "description": "The record's ØU/BR approval (Godkendelse i ØU/BR) under the approval rule of its period's configuration, judged on its compensating actions", "required": ["rule", "recorded", "required", "proposed", "agrees", "reason"], "properties": {"rule": {"$ref": "#/components/schemas/ApprovalRule"}, "recorded": {"type": ["boolean", "null"], "description": "The answer the record states, Ja (true) or Nej (false); null when it is empty"}, "required": {"type": ["boolean", "null"], "description": "What the rule gives for the record's compensating actions; null when there is none, so nothing to approve"}, "proposed": {"type": ["boolean", "null"], "description": "Gevinst's proposal for an empty answer: the rule's, when recorded is null; otherwise null"}, "agrees": {"type": ["boolean", "null"], "description": "Whether recorded and required agree; null when either is null. false is the finding approval.differs-from-rule"}, "reason": {"type": "string", "description": "Why the rule gives required, in plain English"}}, "additionalProperties": false},
      "AuditEntry": {"type": "object", "properties": {"id": {"type": "integer"}, "at": {"type": "string"}, "user": {"type": ["string", "null"]}, "action": {"type": "string"}, "entity": {"type": "string"}, "entityId": {"type": ["string", "null"]}, "old": {"type": ["string", "null"]}, "new": {"type": ["string", "null"]}, "detail": {"type": ["string", "null"]}}}
    }
  }
}
"""#
}
