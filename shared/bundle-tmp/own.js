var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// shared/dist/errors.js
var ErrorCode, ExitCode, ZkDeployError, ValidationError, UsageError;
var init_errors = __esm({
  "shared/dist/errors.js"() {
    "use strict";
    ErrorCode = {
      PAYLOAD_INVALID: "ERR_PAYLOAD_INVALID",
      PAYLOAD_NOT_ALLOWED: "ERR_PAYLOAD_NOT_ALLOWED",
      USAGE: "ERR_USAGE",
      PATH_OUTSIDE_BASE: "ERR_PATH_OUTSIDE_BASE",
      COMMIT_NOT_FOUND: "ERR_COMMIT_NOT_FOUND",
      GIT_FAILED: "ERR_GIT_FAILED",
      GIT_TIMEOUT: "ERR_GIT_TIMEOUT",
      HEAD_MISMATCH: "ERR_HEAD_MISMATCH",
      TARGET_NOT_A_CHECKOUT: "ERR_TARGET_NOT_A_CHECKOUT",
      ZK_UNREACHABLE: "ERR_ZK_UNREACHABLE",
      ZK_TIMEOUT: "ERR_ZK_TIMEOUT",
      ZK_DISCONNECTED: "ERR_ZK_DISCONNECTED",
      ZK_SESSION_EXPIRED: "ERR_ZK_SESSION_EXPIRED",
      ZK_CLOSED: "ERR_ZK_CLOSED",
      ZK_NO_NODE: "ERR_ZK_NO_NODE",
      ZK_NODE_EXISTS: "ERR_ZK_NODE_EXISTS",
      ZK_BAD_VERSION: "ERR_ZK_BAD_VERSION",
      ZK_NOT_EMPTY: "ERR_ZK_NOT_EMPTY",
      ZK_NO_AUTH: "ERR_ZK_NO_AUTH",
      ZK_AUTH_FAILED: "ERR_ZK_AUTH_FAILED",
      ZK_SERVER_ERROR: "ERR_ZK_SERVER_ERROR",
      CONFLICT: "ERR_CONFLICT",
      NOT_CONVERGED: "ERR_NOT_CONVERGED",
      HOST_CONFLICT: "ERR_HOST_CONFLICT",
      EXEC_FAILED: "ERR_EXEC_FAILED",
      LOCAL_CHANGES: "ERR_LOCAL_CHANGES",
      DRIFTED: "ERR_DRIFTED",
      CHECK_FAILED: "ERR_CHECK_FAILED",
      BASE_DIR_LOCKED: "ERR_BASE_DIR_LOCKED",
      INTERNAL: "ERR_INTERNAL"
    };
    ExitCode = {
      OK: 0,
      OPERATIONAL: 1,
      INVALID_INPUT: 2,
      NOT_CONVERGED: 3
    };
    ZkDeployError = class extends Error {
      code;
      hint;
      details;
      constructor(code, message, options = {}) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint;
        this.details = options.details;
      }
      /** The process exit code this error maps to. */
      get exitCode() {
        return this.code === ErrorCode.PAYLOAD_INVALID || this.code === ErrorCode.USAGE ? ExitCode.INVALID_INPUT : this.code === ErrorCode.NOT_CONVERGED ? ExitCode.NOT_CONVERGED : ExitCode.OPERATIONAL;
      }
    };
    ValidationError = class extends ZkDeployError {
      field;
      constructor(message, options = {}) {
        super(ErrorCode.PAYLOAD_INVALID, message, options);
        this.field = options.field;
      }
    };
    UsageError = class extends ZkDeployError {
      constructor(message, options = {}) {
        super(ErrorCode.USAGE, message, options);
      }
    };
  }
});

// shared/dist/logger.js
import { pino } from "pino";
function createLogger(settings = {}) {
  const fd = settings.fd ?? 1;
  const pretty = settings.pretty ?? Boolean(fd === 1 ? process.stdout.isTTY : process.stderr.isTTY);
  const options = {
    level: settings.level ?? process.env["ZKDEPLOY_LOG_LEVEL"] ?? "info",
    base: settings.name ? { name: settings.name } : {},
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: pino.stdSerializers.err }
  };
  if (pretty) {
    return pino({
      ...options,
      transport: { target: "pino-pretty", options: { destination: fd, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } }
    });
  }
  return pino(options, pino.destination({ fd, sync: true }));
}
var init_logger = __esm({
  "shared/dist/logger.js"() {
    "use strict";
  }
});

// shared/dist/znode-layout.js
function isValidAppPath(app) {
  return APP_PATTERN.test(app) && !app.split("/").some((s) => s === "." || s === ".." || s === "zookeeper");
}
function isValidNodeName(name) {
  return NAME_PATTERN.test(name);
}
function historyNodeName(version) {
  return `v-${String(version).padStart(HISTORY_VERSION_DIGITS, "0")}`;
}
var DEFAULT_APP, APP_PATTERN, NAME_PATTERN, HISTORY_VERSION_DIGITS, ZnodeLayout;
var init_znode_layout = __esm({
  "shared/dist/znode-layout.js"() {
    "use strict";
    DEFAULT_APP = "/app/business";
    APP_PATTERN = /^(?:\/[A-Za-z0-9._-]+)+$/;
    NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;
    HISTORY_VERSION_DIGITS = 10;
    ZnodeLayout = class {
      base;
      constructor(base) {
        this.base = base;
      }
      get config() {
        return `${this.base}/config`;
      }
      get history() {
        return `${this.base}/history`;
      }
      get agents() {
        return `${this.base}/agents`;
      }
      get status() {
        return `${this.base}/status`;
      }
      get groups() {
        return `${this.base}/groups`;
      }
      get services() {
        return `${this.base}/services`;
      }
      /** The persistent containers an app needs, parents first. */
      get containers() {
        return [this.base, this.history, this.agents, this.status, this.groups, this.services];
      }
      historyEntry(version) {
        return `${this.history}/${historyNodeName(version)}`;
      }
      agent(host) {
        return `${this.agents}/${host}`;
      }
      hostStatus(host) {
        return `${this.status}/${host}`;
      }
      group(name) {
        return `${this.groups}/${name}`;
      }
      service(name) {
        return `${this.services}/${name}`;
      }
    };
  }
});

// shared/dist/status-record.js
function encodeStatus(record) {
  return Buffer.from(JSON.stringify(record), "utf8");
}
var DEPLOY_STATES;
var init_status_record = __esm({
  "shared/dist/status-record.js"() {
    "use strict";
    DEPLOY_STATES = ["deploying", "ok", "failed", "rejected", "drifted"];
  }
});

// shared/dist/status-outcome.js
var STALLING_ERROR_CODES;
var init_status_outcome = __esm({
  "shared/dist/status-outcome.js"() {
    "use strict";
    init_errors();
    STALLING_ERROR_CODES = /* @__PURE__ */ new Set([
      ErrorCode.COMMIT_NOT_FOUND,
      ErrorCode.TARGET_NOT_A_CHECKOUT,
      ErrorCode.HEAD_MISMATCH,
      ErrorCode.CHECK_FAILED,
      ErrorCode.EXEC_FAILED,
      ErrorCode.PAYLOAD_INVALID,
      ErrorCode.PAYLOAD_NOT_ALLOWED,
      ErrorCode.PATH_OUTSIDE_BASE
    ]);
  }
});

// shared/dist/groups/group-member-record.js
function memberSequence(name) {
  const match = MEMBER_NAME.exec(name);
  return match ? Number(match[1]) : null;
}
function electionOrder(children) {
  return children.filter((name) => memberSequence(name) !== null).sort((a, b) => (memberSequence(a) ?? 0) - (memberSequence(b) ?? 0));
}
function parseMemberRecord(data) {
  const empty = { host: null, pid: null, since: null, token: null };
  if (!data || data.length === 0 || data.length > 64 * 1024)
    return empty;
  try {
    const value = JSON.parse(data.toString("utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return empty;
    const o = value;
    const pid = typeof o["pid"] === "number" && Number.isSafeInteger(o["pid"]) && o["pid"] > 0 ? o["pid"] : null;
    return { host: text(o["host"]), pid, since: text(o["since"]), token: text(o["token"]) };
  } catch {
    return empty;
  }
}
var MEMBER_PREFIX, MEMBER_NAME, text;
var init_group_member_record = __esm({
  "shared/dist/groups/group-member-record.js"() {
    "use strict";
    MEMBER_PREFIX = "m-";
    MEMBER_NAME = /^m-(\d{10})$/;
    text = (v) => typeof v === "string" && v.length <= 1024 ? v : null;
  }
});

// shared/dist/groups/service-endpoint.js
function isValidEndpointHost(host) {
  return host.length <= 253 && HOST.test(host);
}
function encodeServiceEndpoint(endpoint) {
  return Buffer.from(JSON.stringify(endpoint));
}
var HOST;
var init_service_endpoint = __esm({
  "shared/dist/groups/service-endpoint.js"() {
    "use strict";
    HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;
  }
});

// shared/dist/records.js
var init_records = __esm({
  "shared/dist/records.js"() {
    "use strict";
    init_status_record();
    init_status_outcome();
    init_group_member_record();
    init_service_endpoint();
  }
});

// shared/dist/payload/payload-schema.js
var NO_SPACE_OR_CONTROL, NETWORK_URL, FILE_URL, SCP_URL, URL_PATTERN, COMMIT_PATTERN, SEGMENT, RELATIVE_PATH_PATTERN, MAX_PAYLOAD_BYTES, optionalText, payloadSchema, FIELD_RULES;
var init_payload_schema = __esm({
  "shared/dist/payload/payload-schema.js"() {
    "use strict";
    NO_SPACE_OR_CONTROL = "[^\\s\\x00-\\x1f\\x7f-\\x9f]";
    NETWORK_URL = `(?:https?|ssh|git)://(?:[A-Za-z0-9._~%!$&'()*+,;=][A-Za-z0-9._~%!$&'()*+,;=:-]*@)?(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:/${NO_SPACE_OR_CONTROL}*)?`;
    FILE_URL = `file://${NO_SPACE_OR_CONTROL}*/${NO_SPACE_OR_CONTROL}*`;
    SCP_URL = `[A-Za-z0-9._][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:(?!-)${NO_SPACE_OR_CONTROL}+`;
    URL_PATTERN = `^(?:${NETWORK_URL}|${FILE_URL}|${SCP_URL})$`;
    COMMIT_PATTERN = "^(?:[0-9a-f]{40}|[0-9a-f]{64})$";
    SEGMENT = "(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+";
    RELATIVE_PATH_PATTERN = `^${SEGMENT}(?:/${SEGMENT})*$`;
    MAX_PAYLOAD_BYTES = 64 * 1024;
    optionalText = (maxLength) => ({ type: "string", maxLength });
    payloadSchema = {
      $id: "https://zkdeploy.dev/schema/payload.json",
      type: "object",
      required: ["url", "commitId", "relativePath"],
      properties: {
        url: { type: "string", minLength: 1, maxLength: 2048, pattern: URL_PATTERN },
        commitId: { type: "string", pattern: COMMIT_PATTERN },
        relativePath: { type: "string", minLength: 1, maxLength: 255, pattern: RELATIVE_PATH_PATTERN },
        ref: optionalText(1024),
        message: optionalText(4096),
        publishedAt: optionalText(64),
        publishedBy: optionalText(256),
        signature: optionalText(1024)
      },
      additionalProperties: true
    };
    FIELD_RULES = {
      url: 'must be a git URL with scheme https, http, ssh, git or file, or scp-like user@host:path, with no whitespace, control characters, leading "-" or other transports (ext::, fd::)',
      commitId: "must be a full lowercase hex commit id of 40 (SHA-1) or 64 (SHA-256) characters",
      relativePath: 'must be a relative POSIX path of 1-255 characters whose segments are non-empty and not "." or "..", with no leading "/", no "\\" and no control characters'
    };
  }
});

// shared/dist/payload/payload-validator.generated.js
import { createRequire } from "node:module";
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.commitId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commitId" }, message: "must have required property 'commitId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.relativePath === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relativePath" }, message: "must have required property 'relativePath'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.url !== void 0) {
      let data0 = data.url;
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^(?:(?:https?|ssh|git)://(?:[A-Za-z0-9._~%!$&'()*+,;=][A-Za-z0-9._~%!$&'()*+,;=:-]*@)?(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:/[^\\s\\x00-\\x1f\\x7f-\\x9f]*)?|file://[^\\s\\x00-\\x1f\\x7f-\\x9f]*/[^\\s\\x00-\\x1f\\x7f-\\x9f]*|[A-Za-z0-9._][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:(?!-)[^\\s\\x00-\\x1f\\x7f-\\x9f]+)$" }, message: `must match pattern "^(?:(?:https?|ssh|git)://(?:[A-Za-z0-9._~%!$&'()*+,;=][A-Za-z0-9._~%!$&'()*+,;=:-]*@)?(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:/[^\\s\\x00-\\x1f\\x7f-\\x9f]*)?|file://[^\\s\\x00-\\x1f\\x7f-\\x9f]*/[^\\s\\x00-\\x1f\\x7f-\\x9f]*|[A-Za-z0-9._][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:(?!-)[^\\s\\x00-\\x1f\\x7f-\\x9f]+)$"` };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.commitId !== void 0) {
      let data1 = data.commitId;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err7 = { instancePath: instancePath + "/commitId", schemaPath: "#/properties/commitId/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/commitId", schemaPath: "#/properties/commitId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.relativePath !== void 0) {
      let data2 = data.relativePath;
      if (typeof data2 === "string") {
        if (func2(data2) > 255) {
          const err9 = { instancePath: instancePath + "/relativePath", schemaPath: "#/properties/relativePath/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/relativePath", schemaPath: "#/properties/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern2.test(data2)) {
          const err11 = { instancePath: instancePath + "/relativePath", schemaPath: "#/properties/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+)*$" }, message: 'must match pattern "^(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+)*$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/relativePath", schemaPath: "#/properties/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data3 = data.ref;
      if (typeof data3 === "string") {
        if (func2(data3) > 1024) {
          const err13 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data4 = data.message;
      if (typeof data4 === "string") {
        if (func2(data4) > 4096) {
          const err15 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.publishedAt !== void 0) {
      let data5 = data.publishedAt;
      if (typeof data5 === "string") {
        if (func2(data5) > 64) {
          const err17 = { instancePath: instancePath + "/publishedAt", schemaPath: "#/properties/publishedAt/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/publishedAt", schemaPath: "#/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.publishedBy !== void 0) {
      let data6 = data.publishedBy;
      if (typeof data6 === "string") {
        if (func2(data6) > 256) {
          const err19 = { instancePath: instancePath + "/publishedBy", schemaPath: "#/properties/publishedBy/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/publishedBy", schemaPath: "#/properties/publishedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.signature !== void 0) {
      let data7 = data.signature;
      if (typeof data7 === "string") {
        if (func2(data7) > 1024) {
          const err21 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var require2, validate, func2, pattern0, pattern1, pattern2;
var init_payload_validator_generated = __esm({
  "shared/dist/payload/payload-validator.generated.js"() {
    "use strict";
    require2 = createRequire(import.meta.url);
    validate = validate10;
    func2 = require2("ajv/dist/runtime/ucs2length").default;
    pattern0 = new RegExp("^(?:(?:https?|ssh|git)://(?:[A-Za-z0-9._~%!$&'()*+,;=][A-Za-z0-9._~%!$&'()*+,;=:-]*@)?(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:/[^\\s\\x00-\\x1f\\x7f-\\x9f]*)?|file://[^\\s\\x00-\\x1f\\x7f-\\x9f]*/[^\\s\\x00-\\x1f\\x7f-\\x9f]*|[A-Za-z0-9._][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:(?!-)[^\\s\\x00-\\x1f\\x7f-\\x9f]+)$", "u");
    pattern1 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");
    pattern2 = new RegExp("^(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+)*$", "u");
  }
});

// shared/dist/payload/payload.js
function quoteForMessage(value, max = 80) {
  const text2 = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const cut = text2.length > max ? `${text2.slice(0, max)}\u2026` : text2;
  return JSON.stringify(cut);
}
function describe(error, data) {
  if (error.keyword === "required") {
    const field2 = String(error.params["missingProperty"]);
    return { field: field2, sentence: `payload field "${field2}" is required but missing` };
  }
  const field = error.instancePath.replace(/^\//, "") || "(root)";
  const value = data[field];
  if (error.keyword === "type") {
    return { field, sentence: `payload field "${field}" must be a ${String(error.params["type"])}, got ${quoteForMessage(value)}` };
  }
  if (error.keyword === "maxLength" || error.keyword === "minLength") {
    const rule2 = FIELD_RULES[field] ?? `must be ${error.message ?? "valid"}`;
    return { field, sentence: `payload field "${field}" has length ${String(value).length}: it ${rule2}` };
  }
  const rule = FIELD_RULES[field] ?? (error.message ?? "is invalid");
  return { field, sentence: `payload field "${field}" ${rule}, got ${quoteForMessage(value)}` };
}
function validatePayload(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new ValidationError(`payload must be a JSON object with url, commitId and relativePath, got ${kind}`, {
      field: "(root)"
    });
  }
  if (validatePayloadSchema(value))
    return value;
  const problems = (validatePayloadSchema.errors ?? []).map((e) => describe(e, value));
  const first = problems[0] ?? { field: "(root)", sentence: "payload is invalid" };
  const others = problems.slice(1).map((p) => p.field).filter((f, i, all) => f !== first.field && all.indexOf(f) === i);
  const tail2 = others.length > 0 ? ` (also invalid: ${others.join(", ")})` : "";
  throw new ValidationError(`${first.sentence}${tail2}`, { field: first.field, details: { problems } });
}
function parsePayload(data) {
  if (!data || data.length === 0) {
    throw new ValidationError("config znode is empty: expected a JSON payload with url, commitId and relativePath", {
      field: "(root)"
    });
  }
  if (data.length > MAX_PAYLOAD_BYTES) {
    throw new ValidationError(`config payload is ${data.length} bytes, over the ${MAX_PAYLOAD_BYTES}-byte limit`, {
      field: "(root)"
    });
  }
  let text2;
  try {
    text2 = utf8.decode(data);
  } catch {
    throw new ValidationError("config payload is not valid UTF-8", { field: "(root)" });
  }
  let value;
  try {
    value = JSON.parse(text2);
  } catch (err) {
    throw new ValidationError(`config payload is not valid JSON (${err.message})`, { field: "(root)" });
  }
  return validatePayload(value);
}
var validatePayloadSchema, utf8;
var init_payload = __esm({
  "shared/dist/payload/payload.js"() {
    "use strict";
    init_errors();
    init_payload_schema();
    init_payload_validator_generated();
    validatePayloadSchema = validate;
    utf8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// shared/dist/payload/payload-signature.js
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
function canonical(value) {
  if (Array.isArray(value))
    return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function signedBytes(payload) {
  const { signature: _ignored, ...rest } = payload;
  return Buffer.from(canonical(rest), "utf8");
}
function loadPublicKeys(pems) {
  return pems.map((pem, i) => {
    try {
      const key = createPublicKey(pem);
      if (key.asymmetricKeyType !== "ed25519")
        throw new Error(`key type ${key.asymmetricKeyType ?? "unknown"}`);
      return key;
    } catch (err) {
      throw new ZkDeployError(ErrorCode.USAGE, `trusted key #${i + 1} is not an ed25519 public key in PEM form (${err.message})`);
    }
  });
}
function verifyPayloadSignature(payload, keys) {
  const sig = payload.signature;
  if (!sig) {
    throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, "payload is not signed, and this agent only accepts payloads signed by a trusted key", {
      hint: "publish with --sign-key"
    });
  }
  const match = /^ed25519:([A-Za-z0-9+/]+={0,2})$/.exec(sig);
  const bytes = signedBytes(payload);
  if (!match?.[1] || !keys.some((key) => verify(null, bytes, key, Buffer.from(match[1], "base64")))) {
    throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, "payload signature does not verify against any trusted key (forged or altered payload)", {
      hint: "publish with the private key matching one of the agent --trust-key files"
    });
  }
}
var init_payload_signature = __esm({
  "shared/dist/payload/payload-signature.js"() {
    "use strict";
    init_errors();
  }
});

// shared/dist/payload/index.js
var init_payload2 = __esm({
  "shared/dist/payload/index.js"() {
    "use strict";
    init_payload();
    init_payload_schema();
    init_payload_signature();
  }
});

// shared/dist/zk/connection-state.js
var ConnectionState;
var init_connection_state = __esm({
  "shared/dist/zk/connection-state.js"() {
    "use strict";
    ConnectionState = {
      /** First connection of this client; recipes start. */
      CONNECTED: "CONNECTED",
      /**
       * Disconnected; the session may still be alive. Keep what you have (the
       * current checkout, a registration), start no new work that depends on
       * ZooKeeper, and a leader must stop acting as leader.
       */
      SUSPENDED: "SUSPENDED",
      /**
       * Connected again. With `newSession: false` watches and ephemerals survived;
       * with `newSession: true` they are gone: re-read state, re-arm watches and
       * re-create ephemerals.
       */
      RECONNECTED: "RECONNECTED",
      /**
       * The session expired (or is presumed expired because the session timeout
       * passed without a reconnect). The wrapper builds a new client and session;
       * a RECONNECTED with `newSession: true` follows when it connects.
       */
      LOST: "LOST"
    };
  }
});

// shared/dist/component-log.js
var nothing, QUIET_LOG;
var init_component_log = __esm({
  "shared/dist/component-log.js"() {
    "use strict";
    nothing = () => void 0;
    QUIET_LOG = { debug: nothing, info: nothing, warn: nothing, error: nothing };
  }
});

// shared/dist/zk/zk-errors.js
function isLibraryException(err) {
  return typeof err === "object" && err !== null && typeof err.getCode === "function";
}
function toZkError(err, op, path) {
  if (err instanceof ZkError)
    return err;
  if (isLibraryException(err)) {
    const serverCode = err.getCode();
    const known = SERVER_CODES[serverCode];
    const code = known?.code ?? ErrorCode.ZK_SERVER_ERROR;
    const what = known?.what ?? `ZooKeeper answered error ${serverCode} (${err.getName?.() ?? "unknown"})`;
    return new ZkError(code, `${op} ${path}: ${what}`, { path, serverCode, cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ZkError(ErrorCode.ZK_SERVER_ERROR, `${op} ${path}: ${message}`, { path, cause: err });
}
function isTransientZkError(err) {
  return err instanceof ZkError && (err.code === ErrorCode.ZK_DISCONNECTED || err.code === ErrorCode.ZK_TIMEOUT || err.code === ErrorCode.ZK_SESSION_EXPIRED);
}
function hasZkCode(err, code) {
  return err instanceof ZkError && err.code === code;
}
var SERVER_CODES, ZkError;
var init_zk_errors = __esm({
  "shared/dist/zk/zk-errors.js"() {
    "use strict";
    init_errors();
    SERVER_CODES = {
      [-4]: { code: ErrorCode.ZK_DISCONNECTED, what: "the connection to ZooKeeper was lost" },
      [-7]: { code: ErrorCode.ZK_TIMEOUT, what: "the ZooKeeper operation timed out" },
      [-101]: { code: ErrorCode.ZK_NO_NODE, what: "the znode does not exist" },
      [-102]: { code: ErrorCode.ZK_NO_AUTH, what: "permission denied by the znode ACL" },
      [-103]: { code: ErrorCode.ZK_BAD_VERSION, what: "the znode was changed concurrently (version mismatch)" },
      [-110]: { code: ErrorCode.ZK_NODE_EXISTS, what: "the znode already exists" },
      [-111]: { code: ErrorCode.ZK_NOT_EMPTY, what: "the znode has children" },
      [-112]: { code: ErrorCode.ZK_SESSION_EXPIRED, what: "the ZooKeeper session expired" },
      [-115]: { code: ErrorCode.ZK_AUTH_FAILED, what: "ZooKeeper authentication failed" }
    };
    ZkError = class extends ZkDeployError {
      path;
      serverCode;
      constructor(code, message, options = {}) {
        super(code, message, options);
        this.path = options.path;
        this.serverCode = options.serverCode;
      }
    };
  }
});

// shared/dist/zk/deadline.js
function withDeadline(op, path, timeoutMs, start) {
  return new Promise((resolve5, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done)
        return;
      done = true;
      reject(new ZkError(ErrorCode.ZK_TIMEOUT, `${op} ${path}: no answer from ZooKeeper within ${timeoutMs} ms`, { path }));
    }, timeoutMs);
    const settle2 = (err, value) => {
      if (done)
        return;
      done = true;
      clearTimeout(timer);
      if (err)
        reject(err);
      else
        resolve5(value);
    };
    try {
      start(settle2);
    } catch (err) {
      settle2(err ?? new Error("call failed"));
    }
  });
}
var init_deadline = __esm({
  "shared/dist/zk/deadline.js"() {
    "use strict";
    init_errors();
    init_zk_errors();
  }
});

// shared/dist/zk/library-socket.js
function internals(lib) {
  return lib.connectionManager;
}
function librarySocket(lib) {
  return internals(lib)?.socket;
}
function dropLibrarySocket(lib) {
  const socket = librarySocket(lib);
  if (socket && !socket.destroyed)
    socket.destroy();
}
function negotiatedSessionTimeoutMs(lib) {
  const value = internals(lib)?.sessionTimeout;
  return typeof value === "number" && value > 0 ? value : void 0;
}
function retireLibraryClient(lib) {
  const manager = internals(lib);
  if (manager)
    manager.connect = () => void 0;
  dropLibrarySocket(lib);
}
var init_library_socket = __esm({
  "shared/dist/zk/library-socket.js"() {
    "use strict";
  }
});

// shared/dist/zk/read-watchdog.js
var ReadWatchdog;
var init_read_watchdog = __esm({
  "shared/dist/zk/read-watchdog.js"() {
    "use strict";
    init_library_socket();
    ReadWatchdog = class {
      lib;
      readTimeoutMs;
      onSilent;
      socket;
      lastInbound = Date.now();
      lastTick = Date.now();
      timer = null;
      onData = () => {
        this.lastInbound = Date.now();
      };
      /**
       * @param readTimeoutMs returns the current read timeout (it follows the negotiated session timeout)
       * @param onSilent called just before a silent socket is dropped
       */
      constructor(lib, readTimeoutMs, onSilent) {
        this.lib = lib;
        this.readTimeoutMs = readTimeoutMs;
        this.onSilent = onSilent;
      }
      /** Starts checking; the timer never keeps the process alive. */
      start() {
        if (this.timer)
          return;
        const period = Math.max(25, Math.floor(this.readTimeoutMs() / 8));
        this.lastTick = Date.now();
        this.timer = setInterval(() => this.check(period), period);
        this.timer.unref();
      }
      stop() {
        if (this.timer)
          clearInterval(this.timer);
        this.timer = null;
        this.attach(void 0);
      }
      check(period) {
        const now = Date.now();
        const paused = now - this.lastTick > period * 4;
        this.lastTick = now;
        const socket = librarySocket(this.lib);
        if (!socket || socket.destroyed || socket.connecting) {
          this.attach(void 0);
          return;
        }
        if (socket !== this.socket || paused) {
          this.attach(socket);
          return;
        }
        const silentMs = now - this.lastInbound;
        if (silentMs < this.readTimeoutMs())
          return;
        this.onSilent(silentMs);
        this.attach(void 0);
        dropLibrarySocket(this.lib);
      }
      attach(socket) {
        if (this.socket !== socket) {
          this.socket?.off("data", this.onData);
          socket?.on("data", this.onData);
          this.socket = socket;
        }
        this.lastInbound = Date.now();
      }
    };
  }
});

// shared/dist/zk/retry.js
function backoffDelay(n, baseDelayMs, maxDelayMs) {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** n);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve5, reject) => {
    if (signal?.aborted)
      return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve5();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
async function retryIdempotent(fn, options = {}) {
  const attempts = options.attempts ?? 5;
  const retryable = options.retryable ?? isTransientZkError;
  for (let n = 0; ; n++) {
    try {
      return await fn();
    } catch (err) {
      if (n + 1 >= attempts || !retryable(err))
        throw err;
      await sleep(backoffDelay(n, options.baseDelayMs ?? 100, options.maxDelayMs ?? 2e3), options.signal);
    }
  }
}
var init_retry = __esm({
  "shared/dist/zk/retry.js"() {
    "use strict";
    init_zk_errors();
  }
});

// shared/dist/zk/safe-create.js
import { posix } from "node:path";
async function createOnce(client, path, data, mode, options = {}) {
  const attempts = options.attempts ?? 5;
  const unanswered = /* @__PURE__ */ new Set();
  let look = false;
  for (let n = 0; ; n++) {
    if (n > 0)
      await sleep(backoffDelay(n - 1, 100, 2e3), options.signal);
    await client.whenConnected(client.negotiatedSessionTimeoutMs);
    const session = client.sessionId;
    try {
      if (look) {
        const found = await findOwn(client, path, data, mode, unanswered);
        if (found)
          return found;
        look = false;
      }
      return await client.create(path, data, mode, options.acl, options.timeoutMs);
    } catch (err) {
      if (hasZkCode(err, ErrorCode.ZK_NODE_EXISTS) && unanswered.size > 0 && !isSequential(mode)) {
        const resolved = await resolveExisting(client, path, data, mode, unanswered);
        if (resolved === "ours")
          return path;
        if (resolved === "retry" && n + 1 < attempts)
          continue;
      }
      if (!isTransientZkError(err) || n + 1 >= attempts)
        throw err;
      if (!look && session)
        unanswered.add(session);
      look = true;
    }
  }
}
function isEphemeral(mode) {
  return mode === "ephemeral" || mode === "ephemeral_sequential";
}
function isSequential(mode) {
  return mode === "persistent_sequential" || mode === "ephemeral_sequential";
}
async function findOwn(client, path, data, mode, unanswered) {
  const session = client.sessionId;
  if (isEphemeral(mode) && (!session || !unanswered.has(session)))
    return null;
  const candidates = isSequential(mode) ? await sequentialCandidates(client, path) : [path];
  for (const candidate of candidates) {
    const node = await client.get(candidate);
    if (!node)
      continue;
    const ownerOk = isEphemeral(mode) ? node.stat.ephemeralOwner === session : node.stat.ephemeralOwner === null;
    if (ownerOk && node.data.equals(data))
      return candidate;
    if (!isSequential(mode)) {
      throw new ZkError(ErrorCode.ZK_NODE_EXISTS, `create ${path}: the znode already exists and is not ours`, { path });
    }
  }
  return null;
}
async function sequentialCandidates(client, path) {
  const parent = posix.dirname(path);
  const prefix = posix.basename(path);
  const children = await client.children(parent) ?? [];
  return children.filter((c) => c.startsWith(prefix) && c.length === prefix.length + SEQUENCE_DIGITS && /^\d+$/.test(c.slice(prefix.length))).sort().reverse().map((c) => posix.join(parent, c));
}
async function resolveExisting(client, path, data, mode, unanswered) {
  const node = await client.get(path);
  if (!node)
    return "retry";
  const owner = node.stat.ephemeralOwner;
  if (!isEphemeral(mode))
    return owner === null && node.data.equals(data) ? "ours" : "theirs";
  if (owner !== null && owner === client.sessionId)
    return "ours";
  if (owner === null || !unanswered.has(owner))
    return "theirs";
  await client.delete(path, node.stat.version).catch((err) => {
    if (!hasZkCode(err, ErrorCode.ZK_NO_NODE))
      throw err;
  });
  return "retry";
}
var SEQUENCE_DIGITS;
var init_safe_create = __esm({
  "shared/dist/zk/safe-create.js"() {
    "use strict";
    init_errors();
    init_zk_errors();
    init_retry();
    SEQUENCE_DIGITS = 10;
  }
});

// shared/dist/zk/unknown-error-codes.js
import { createRequire as createRequire2 } from "node:module";
function tolerateUnknownServerCodes() {
  if (installed)
    return true;
  const require3 = createRequire2(import.meta.url);
  const libraryMain = require3.resolve("node-zookeeper-client");
  const exception = require3(libraryMain.replace(/index\.js$/, "lib/Exception.js"));
  if (typeof exception.create !== "function")
    return false;
  const known = new Set(Object.values(exception).filter((v) => typeof v === "number"));
  const original = exception.create;
  exception.create = function create(code, path) {
    if (typeof code !== "number" || known.has(code))
      return original(code, path);
    const err = Object.create(exception.prototype);
    Error.captureStackTrace(err, create);
    err.code = code;
    err.name = NEWER_SERVER_CODES[code] ?? "UNKNOWN";
    err.path = path;
    err.message = `Exception: ${err.name}[${code}]`;
    return err;
  };
  installed = true;
  return true;
}
var NEWER_SERVER_CODES, installed;
var init_unknown_error_codes = __esm({
  "shared/dist/zk/unknown-error-codes.js"() {
    "use strict";
    NEWER_SERVER_CODES = {
      [-12]: "UNKNOWN_SESSION",
      [-13]: "NEW_CONFIG_NO_QUORUM",
      [-14]: "RECONFIG_IN_PROGRESS",
      [-118]: "SESSION_MOVED",
      [-119]: "NOT_READ_ONLY",
      [-120]: "EPHEMERAL_ON_LOCAL_SESSION",
      [-121]: "NO_WATCHER",
      [-122]: "REQUEST_TIMEOUT",
      [-123]: "RECONFIG_DISABLED",
      [-124]: "SESSION_CLOSED_REQUIRE_SASL_AUTH",
      [-125]: "QUOTA_EXCEEDED",
      [-127]: "THROTTLED_OP"
    };
    installed = false;
  }
});

// shared/dist/zk/zk-stat.js
function toZkStat(stat2) {
  const owner = stat2.ephemeralOwner.toString("hex");
  return {
    version: stat2.version,
    cversion: stat2.cversion,
    aversion: stat2.aversion,
    mzxid: toBigInt(stat2.mzxid),
    czxid: toBigInt(stat2.czxid),
    ctime: Number(toBigInt(stat2.ctime)),
    mtime: Number(toBigInt(stat2.mtime)),
    ephemeralOwner: /^0+$/.test(owner) ? null : owner,
    dataLength: stat2.dataLength,
    numChildren: stat2.numChildren
  };
}
var toBigInt;
var init_zk_stat = __esm({
  "shared/dist/zk/zk-stat.js"() {
    "use strict";
    toBigInt = (buf) => buf.readBigInt64BE(0);
  }
});

// shared/dist/zk/zk-acl.js
import { createHash } from "node:crypto";
import zookeeper from "node-zookeeper-client";
function digestId(credentials) {
  const user = credentials.slice(0, credentials.indexOf(":"));
  const hash = createHash("sha1").update(credentials).digest("base64");
  return `${user}:${hash}`;
}
function toLibraryAcls(acl) {
  return (acl ?? OPEN_ACL).map((a) => new zookeeper.ACL(a.perms, new zookeeper.Id(a.scheme, a.id)));
}
var Perm, OPEN_ACL;
var init_zk_acl = __esm({
  "shared/dist/zk/zk-acl.js"() {
    "use strict";
    Perm = {
      READ: 1,
      WRITE: 2,
      CREATE: 4,
      DELETE: 8,
      ADMIN: 16,
      ALL: 31
    };
    OPEN_ACL = [{ perms: Perm.ALL, scheme: "world", id: "anyone" }];
  }
});

// shared/dist/zk/zk-client.js
import zookeeper2 from "node-zookeeper-client";
var MODES, EVENT_TYPES, ZkClient;
var init_zk_client = __esm({
  "shared/dist/zk/zk-client.js"() {
    "use strict";
    init_component_log();
    init_errors();
    init_connection_state();
    init_deadline();
    init_library_socket();
    init_read_watchdog();
    init_safe_create();
    init_unknown_error_codes();
    init_zk_errors();
    init_zk_stat();
    init_zk_acl();
    MODES = {
      persistent: zookeeper2.CreateMode.PERSISTENT,
      ephemeral: zookeeper2.CreateMode.EPHEMERAL,
      persistent_sequential: zookeeper2.CreateMode.PERSISTENT_SEQUENTIAL,
      ephemeral_sequential: zookeeper2.CreateMode.EPHEMERAL_SEQUENTIAL
    };
    EVENT_TYPES = { 1: "created", 2: "deleted", 3: "changed", 4: "children" };
    ZkClient = class _ZkClient {
      options;
      sessionTimeoutMs;
      operationTimeoutMs;
      log;
      lib = null;
      lifecycle = "latent";
      connected = false;
      everConnected = false;
      /** Hex id of the last session this client had, to tell a reconnect from a new session. */
      lastSessionId = null;
      lostTimer = null;
      watchdog = null;
      listeners = /* @__PURE__ */ new Set();
      /** One wrapper per watcher function and client, so the library's dedup by identity works. */
      wrappedWatchers = /* @__PURE__ */ new WeakMap();
      constructor(options) {
        this.options = options;
        this.sessionTimeoutMs = options.sessionTimeoutMs ?? 1e4;
        this.operationTimeoutMs = options.operationTimeoutMs ?? 5e3;
        this.log = options.logger?.child({ component: "zk" }) ?? QUIET_LOG;
      }
      /** Creates a client and waits for its first connection. */
      static async connect(options) {
        const client = new _ZkClient(options);
        await client.start();
        return client;
      }
      /** Connects; rejects with ERR_ZK_UNREACHABLE when no server answers in time. */
      async start() {
        if (this.lifecycle !== "latent")
          throw new ZkError(ErrorCode.ZK_CLOSED, "ZooKeeper client was already started");
        this.lifecycle = "started";
        const timeoutMs = this.options.connectTimeoutMs ?? this.sessionTimeoutMs;
        const connected = new Promise((resolve5, reject) => {
          const timer = setTimeout(() => {
            off();
            reject(new ZkError(ErrorCode.ZK_UNREACHABLE, `could not connect to ZooKeeper at ${this.options.connectString} within ${timeoutMs} ms`, { hint: "check --zk (ZKDEPLOY_ZK) and that the ensemble is running" }));
          }, timeoutMs);
          const off = this.onStateChange((change) => {
            if (change.state !== ConnectionState.CONNECTED)
              return;
            clearTimeout(timer);
            off();
            resolve5();
          });
        });
        this.openSession();
        try {
          await connected;
        } catch (err) {
          await this.close();
          throw err;
        }
      }
      /** Closes the session (ephemerals go at once). Idempotent. */
      async close() {
        if (this.lifecycle === "closed")
          return;
        this.lifecycle = "closed";
        this.clearLostTimer();
        this.stopWatchdog();
        const lib = this.lib;
        const wasConnected = this.connected;
        this.lib = null;
        this.connected = false;
        if (!lib)
          return;
        if (wasConnected) {
          await new Promise((resolve5) => {
            const timer = setTimeout(resolve5, Math.min(1e3, this.operationTimeoutMs));
            lib.once("disconnected", () => {
              clearTimeout(timer);
              resolve5();
            });
            lib.close();
          });
        }
        retireLibraryClient(lib);
      }
      /**
       * Resolves once connected; rejects with ERR_ZK_DISCONNECTED when not
       * connected within `timeoutMs` (default: the operation timeout), or with
       * ERR_ZK_CLOSED when the client closes.
       */
      whenConnected(timeoutMs = this.operationTimeoutMs) {
        if (this.lifecycle === "closed")
          return Promise.reject(new ZkError(ErrorCode.ZK_CLOSED, "the ZooKeeper client is closed"));
        if (this.connected)
          return Promise.resolve();
        return new Promise((resolve5, reject) => {
          const timer = setTimeout(() => {
            off();
            reject(new ZkError(ErrorCode.ZK_DISCONNECTED, `not connected to ZooKeeper within ${timeoutMs} ms`));
          }, timeoutMs);
          const off = this.onStateChange((change) => {
            if (change.state === ConnectionState.CONNECTED || change.state === ConnectionState.RECONNECTED) {
              clearTimeout(timer);
              off();
              resolve5();
            }
          });
        });
      }
      /** Subscribes to connection state changes; returns the unsubscribe function. */
      onStateChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      }
      get isConnected() {
        return this.connected;
      }
      get isClosed() {
        return this.lifecycle === "closed";
      }
      /** The session timeout the server granted (ZooKeeper clamps the requested one to its min/max). */
      get negotiatedSessionTimeoutMs() {
        return (this.lib && negotiatedSessionTimeoutMs(this.lib)) ?? this.sessionTimeoutMs;
      }
      /** The current session id in hex, or null while there is none. */
      get sessionId() {
        return this.lib && this.connected ? this.lib.getSessionId().toString("hex") : null;
      }
      /** The current session id and password, for tests that expire a session on purpose. */
      sessionCredentials() {
        if (!this.lib || !this.connected)
          return null;
        return { sessionId: this.lib.getSessionId(), password: this.lib.getSessionPassword() };
      }
      // ---- operations --------------------------------------------------------
      /** The node's stat, or null when it does not exist (a watch is set either way). */
      exists(path, options = {}) {
        return this.call("exists", path, options.timeoutMs, (lib, settle2) => {
          const cb = (err, stat2) => settle2(err, stat2 ? toZkStat(stat2) : null);
          if (options.watch)
            lib.exists(path, this.watcher(lib, options.watch), cb);
          else
            lib.exists(path, cb);
        });
      }
      /** The node's data and stat, or null when it does not exist. */
      async get(path, options = {}) {
        try {
          return await this.call("get", path, options.timeoutMs, (lib, settle2) => {
            const cb = (err, data, stat2) => settle2(err, err ? void 0 : { data: data ?? Buffer.alloc(0), stat: toZkStat(stat2) });
            if (options.watch)
              lib.getData(path, this.watcher(lib, options.watch), cb);
            else
              lib.getData(path, cb);
          });
        } catch (err) {
          if (err instanceof ZkError && err.code === ErrorCode.ZK_NO_NODE)
            return null;
          throw err;
        }
      }
      /** The node's children (unsorted), or null when it does not exist. */
      async children(path, options = {}) {
        try {
          return await this.call("children", path, options.timeoutMs, (lib, settle2) => {
            const cb = (err, children) => settle2(err, children);
            if (options.watch)
              lib.getChildren(path, this.watcher(lib, options.watch), cb);
            else
              lib.getChildren(path, cb);
          });
        } catch (err) {
          if (err instanceof ZkError && err.code === ErrorCode.ZK_NO_NODE)
            return null;
          throw err;
        }
      }
      /** Sets data; `version` -1 means unconditionally. */
      set(path, data, version = -1, timeoutMs) {
        return this.call("set", path, timeoutMs, (lib, settle2) => lib.setData(path, data, version, (err, stat2) => settle2(err, stat2 ? toZkStat(stat2) : void 0)));
      }
      /** Creates a node; returns its actual path (sequential nodes get a suffix). */
      create(path, data = Buffer.alloc(0), mode = "persistent", acl, timeoutMs) {
        return this.call("create", path, timeoutMs, (lib, settle2) => lib.create(path, data, this.acls(acl), MODES[mode], (err, created) => settle2(err, created)));
      }
      /**
       * Creates a node at most once, even when the answer is lost: after a
       * timeout or connection loss it waits for the connection, looks for the
       * node it may have made (owner session for ephemerals, data for others,
       * the children of the parent for sequential nodes), and only creates again
       * when it is not there. Returns the actual path.
       */
      createOnce(path, data = Buffer.alloc(0), mode = "persistent", options = {}) {
        return createOnce(this, path, data, mode, options);
      }
      /** Deletes a node; `version` -1 means any version. */
      delete(path, version = -1, timeoutMs) {
        return this.call("delete", path, timeoutMs, (lib, settle2) => lib.remove(path, version, (err) => settle2(err)));
      }
      /** Runs the ops atomically: all of them or none. */
      multi(ops, timeoutMs) {
        const path = ops[0]?.path ?? "/";
        return this.call("multi", path, timeoutMs, (lib, settle2) => {
          const tx = lib.transaction();
          for (const op of ops) {
            if (op.op === "create")
              tx.create(op.path, op.data ?? Buffer.alloc(0), this.acls(op.acl), MODES[op.mode ?? "persistent"]);
            else if (op.op === "set")
              tx.setData(op.path, op.data, op.version);
            else if (op.op === "check")
              tx.check(op.path, op.version);
            else
              tx.remove(op.path, op.version);
          }
          tx.commit((err) => settle2(err));
        });
      }
      /** Creates every missing persistent node along `path`. */
      async ensurePath(path, acl) {
        let current = "";
        for (const segment of path.split("/").filter(Boolean)) {
          current += `/${segment}`;
          if (await this.exists(current))
            continue;
          try {
            await this.create(current, Buffer.alloc(0), "persistent", acl);
          } catch (err) {
            if (!(err instanceof ZkError && err.code === ErrorCode.ZK_NODE_EXISTS))
              throw err;
          }
        }
      }
      /** The node's ACL. */
      getAcl(path, timeoutMs) {
        return this.call("getAcl", path, timeoutMs, (lib, settle2) => lib.getACL(path, (err, acls) => (
          // The library's ACL objects carry `permission`; its type definitions say `perms`.
          settle2(err, (acls ?? []).map((a) => ({ perms: a.permission ?? a.perms, scheme: a.id.scheme, id: a.id.id })))
        )));
      }
      /** Replaces the node's ACL. */
      setAcl(path, acl, timeoutMs) {
        return this.call("setAcl", path, timeoutMs, (lib, settle2) => lib.setACL(path, this.acls(acl), -1, (err) => settle2(err)));
      }
      // ---- internals ---------------------------------------------------------
      call(op, path, timeoutMs, start) {
        const lib = this.lib;
        if (this.lifecycle !== "started" || !lib) {
          return Promise.reject(new ZkError(ErrorCode.ZK_CLOSED, `${op} ${path}: the ZooKeeper client is closed`, { path }));
        }
        if (!this.connected) {
          return Promise.reject(new ZkError(ErrorCode.ZK_DISCONNECTED, `${op} ${path}: not connected to ZooKeeper`, { path }));
        }
        return withDeadline(op, path, timeoutMs ?? this.operationTimeoutMs, (settle2) => start(lib, (err, value) => settle2(err ? toZkError(err, op, path) : null, value)));
      }
      acls(acl) {
        return toLibraryAcls(acl);
      }
      /** Wraps a watcher so that events of a replaced client never reach it. */
      watcher(lib, watch2) {
        const existing = this.wrappedWatchers.get(watch2);
        if (existing)
          return existing;
        const wrapped = (event) => {
          if (lib !== this.lib)
            return;
          const type = EVENT_TYPES[event.getType()];
          if (type)
            this.safely(() => watch2({ type, path: event.getPath() }));
        };
        this.wrappedWatchers.set(watch2, wrapped);
        return wrapped;
      }
      openSession() {
        tolerateUnknownServerCodes();
        const lib = zookeeper2.createClient(this.options.connectString, {
          sessionTimeout: this.sessionTimeoutMs,
          spinDelay: 200,
          // The library's own retries repeat non-idempotent creates; never let it.
          retries: 0
        });
        if (this.options.auth)
          lib.addAuthInfo("digest", Buffer.from(this.options.auth));
        lib.on("connected", () => this.onLibConnected(lib));
        lib.on("connectedReadOnly", () => this.onLibConnected(lib));
        lib.on("disconnected", () => this.onLibDisconnected(lib));
        lib.on("expired", () => this.onLibExpired(lib));
        lib.on("authenticationFailed", () => this.log.error({ code: ErrorCode.ZK_AUTH_FAILED }, "ZooKeeper authentication failed"));
        this.lib = lib;
        this.wrappedWatchers = /* @__PURE__ */ new WeakMap();
        this.stopWatchdog();
        this.watchdog = new ReadWatchdog(lib, () => Math.floor((negotiatedSessionTimeoutMs(lib) ?? this.sessionTimeoutMs) * (2 / 3)), (silentMs) => this.log.warn({ silentMs }, "no reply from ZooKeeper; dropping the silent connection to reconnect"));
        this.watchdog.start();
        lib.connect();
      }
      stopWatchdog() {
        this.watchdog?.stop();
        this.watchdog = null;
      }
      onLibConnected(lib) {
        if (lib !== this.lib)
          return;
        this.clearLostTimer();
        this.connected = true;
        const sessionId = lib.getSessionId().toString("hex");
        const newSession = sessionId !== this.lastSessionId;
        this.lastSessionId = sessionId;
        if (!this.everConnected) {
          this.everConnected = true;
          this.log.info({ sessionId, sessionTimeoutMs: this.negotiatedSessionTimeoutMs }, "connected to ZooKeeper");
          this.emit({ state: ConnectionState.CONNECTED, newSession: true, sessionId });
          return;
        }
        this.log.info({ sessionId, newSession }, "reconnected to ZooKeeper");
        this.emit({ state: ConnectionState.RECONNECTED, newSession, sessionId });
      }
      onLibDisconnected(lib) {
        if (lib !== this.lib || this.lifecycle !== "started" || !this.connected)
          return;
        this.connected = false;
        this.log.warn("disconnected from ZooKeeper; session may still be alive");
        this.emit({ state: ConnectionState.SUSPENDED, newSession: false, sessionId: null });
        this.clearLostTimer();
        this.lostTimer = setTimeout(() => this.loseSession("no reconnect within the session timeout; presuming the session expired"), this.negotiatedSessionTimeoutMs);
      }
      onLibExpired(lib) {
        if (lib !== this.lib || this.lifecycle !== "started")
          return;
        this.loseSession("ZooKeeper reported the session expired");
      }
      /** Drops the old client and builds a new session. */
      loseSession(reason) {
        if (this.lifecycle !== "started")
          return;
        this.clearLostTimer();
        this.stopWatchdog();
        const old = this.lib;
        this.connected = false;
        this.lib = null;
        if (old)
          retireLibraryClient(old);
        this.log.warn({ reason }, "ZooKeeper session lost; opening a new session");
        this.emit({ state: ConnectionState.LOST, newSession: false, sessionId: null });
        if (this.lifecycle === "started")
          this.openSession();
      }
      clearLostTimer() {
        if (this.lostTimer)
          clearTimeout(this.lostTimer);
        this.lostTimer = null;
      }
      emit(change) {
        for (const listener of [...this.listeners])
          this.safely(() => listener(change));
      }
      /** A listener that throws is logged and never breaks the loop. */
      safely(fn) {
        try {
          fn();
        } catch (err) {
          this.log.error({ err }, "listener threw");
        }
      }
    };
  }
});

// shared/dist/zk/app-acl.js
function agentNodeAcl(agentAuth) {
  return agentAuth ? agentOwnedAcl(digestId(agentAuth)) : OPEN_ACL;
}
function agentOwnedAcl(agentDigest) {
  return [WORLD_READ, { perms: Perm.ALL, scheme: "digest", id: agentDigest }];
}
var WORLD_READ;
var init_app_acl = __esm({
  "shared/dist/zk/app-acl.js"() {
    "use strict";
    init_zk_acl();
    WORLD_READ = { perms: Perm.READ, scheme: "world", id: "anyone" };
  }
});

// shared/dist/zk/index.js
var init_zk = __esm({
  "shared/dist/zk/index.js"() {
    "use strict";
    init_connection_state();
    init_zk_client();
    init_zk_errors();
    init_zk_stat();
    init_zk_acl();
    init_retry();
    init_app_acl();
  }
});

// shared/dist/recipes/coalescing-runner.js
var CoalescingRunner;
var init_coalescing_runner = __esm({
  "shared/dist/recipes/coalescing-runner.js"() {
    "use strict";
    CoalescingRunner = class {
      task;
      running = null;
      again = false;
      constructor(task) {
        this.task = task;
      }
      /** Requests a run; resolves when a run that started after this call has finished. */
      trigger() {
        if (this.running) {
          this.again = true;
          return this.running;
        }
        this.running = this.loop().finally(() => {
          this.running = null;
        });
        return this.running;
      }
      /** Resolves once no run is in progress. */
      async idle() {
        while (this.running)
          await this.running;
      }
      async loop() {
        do {
          this.again = false;
          await this.task();
        } while (this.again);
      }
    };
  }
});

// shared/dist/recipes/read-retry.js
var ReadRetry;
var init_read_retry = __esm({
  "shared/dist/recipes/read-retry.js"() {
    "use strict";
    init_retry();
    ReadRetry = class {
      client;
      again;
      failures = 0;
      timer = null;
      constructor(client, again) {
        this.client = client;
        this.again = again;
      }
      /** Records a failed read and schedules another one if still connected. */
      failed() {
        if (this.timer || !this.client.isConnected)
          return;
        const delay = backoffDelay(this.failures++, 100, 5e3);
        this.timer = setTimeout(() => {
          this.timer = null;
          this.again();
        }, delay);
        this.timer.unref();
      }
      /** Records a successful read. */
      succeeded() {
        this.failures = 0;
      }
      cancel() {
        if (this.timer)
          clearTimeout(this.timer);
        this.timer = null;
      }
    };
  }
});

// shared/dist/recipes/watch-loop.js
var WatchLoop;
var init_watch_loop = __esm({
  "shared/dist/recipes/watch-loop.js"() {
    "use strict";
    init_coalescing_runner();
    init_read_retry();
    init_connection_state();
    WatchLoop = class {
      client;
      path;
      options;
      runner = new CoalescingRunner(() => this.readOnce());
      stopped = false;
      unsubscribe;
      retry;
      /** The watcher to pass on every read; one function, so the library never registers it twice. */
      onEvent = () => void this.refresh();
      constructor(client, path, options) {
        this.client = client;
        this.path = path;
        this.options = options;
        this.retry = new ReadRetry(client, () => void this.refresh());
        this.unsubscribe = client.onStateChange((change) => {
          if (change.state === ConnectionState.RECONNECTED || change.state === ConnectionState.CONNECTED)
            void this.refresh();
        });
      }
      /** Stops calling back; the one armed ZooKeeper watch fires into nothing. */
      stop() {
        this.stopped = true;
        this.retry.cancel();
        this.unsubscribe();
      }
      /** Reads again (with a watch) and calls back if it changed. */
      refresh() {
        return this.stopped ? Promise.resolve() : this.runner.trigger();
      }
      async readOnce() {
        let value;
        try {
          value = await this.read();
        } catch {
          this.retry.failed();
          return;
        }
        this.retry.succeeded();
        if (this.stopped)
          return;
        try {
          this.deliver(value);
        } catch (err) {
          this.options.onError?.(err);
        }
      }
    };
  }
});

// shared/dist/recipes/data-watch.js
var DataWatch;
var init_data_watch = __esm({
  "shared/dist/recipes/data-watch.js"() {
    "use strict";
    init_watch_loop();
    DataWatch = class extends WatchLoop {
      callback;
      lastZxid = void 0;
      constructor(client, path, callback, options = {}) {
        super(client, path, options);
        this.callback = callback;
        void this.refresh();
      }
      /**
       * One read in the common case: getData with a watch. Only for a missing
       * node is exists() needed, since it is the call that sets a watch on a node
       * that does not exist yet (so its creation is seen).
       */
      async read() {
        for (; ; ) {
          const result = await this.client.get(this.path, { watch: this.onEvent });
          if (result)
            return result;
          if (!await this.client.exists(this.path, { watch: this.onEvent }))
            return null;
        }
      }
      deliver(value) {
        const zxid = value ? value.stat.mzxid : null;
        if (zxid === this.lastZxid)
          return;
        this.lastZxid = zxid;
        this.callback(value?.data ?? null, value?.stat ?? null);
      }
    };
  }
});

// shared/dist/recipes/children-watch.js
var init_children_watch = __esm({
  "shared/dist/recipes/children-watch.js"() {
    "use strict";
    init_watch_loop();
  }
});

// shared/dist/recipes/ephemeral-node.js
import { readFile, rename, writeFile } from "node:fs/promises";
var EphemeralNode;
var init_ephemeral_node = __esm({
  "shared/dist/recipes/ephemeral-node.js"() {
    "use strict";
    init_errors();
    init_connection_state();
    init_zk_errors();
    init_retry();
    EphemeralNode = class _EphemeralNode {
      client;
      path;
      data;
      options;
      stopped = false;
      unsubscribe;
      ensuring = null;
      /** Hex ids of sessions whose node at `path` was ours. */
      ownSessions = /* @__PURE__ */ new Set();
      onNodeEvent = (event) => {
        if (this.stopped)
          return;
        if (event.type === "deleted")
          this.reensure();
        else
          void this.client.exists(this.path, { watch: this.onNodeEvent }).catch(() => void 0);
      };
      constructor(client, path, data, options) {
        this.client = client;
        this.path = path;
        this.data = data;
        this.options = options;
        this.unsubscribe = client.onStateChange((change) => {
          if (change.state === ConnectionState.RECONNECTED && change.newSession)
            this.reensure();
        });
      }
      /**
       * Creates the node and keeps it. A stale node of our own previous session is
       * replaced; one of another session is waited out; rejects with
       * ERR_HOST_CONFLICT if another live session still holds it after that.
       */
      static async register(client, path, data, options = {}) {
        const node = new _EphemeralNode(client, path, data, options);
        try {
          await node.loadPreviousSession();
          await node.ensure();
        } catch (err) {
          node.stopped = true;
          node.unsubscribe();
          throw err;
        }
        return node;
      }
      /** The session that owns the node now, or null while it is being (re)made. */
      get ownerSessionId() {
        return this.client.sessionId && this.ownSessions.has(this.client.sessionId) ? this.client.sessionId : null;
      }
      /** Replaces the node's data (also used when it is re-created). */
      async update(data) {
        this.data = data;
        await retryIdempotent(() => this.client.set(this.path, data), { attempts: 3 });
      }
      /** Deletes the node (if ours) and stops re-creating it. */
      async remove() {
        this.stopped = true;
        this.unsubscribe();
        const stat2 = await this.client.exists(this.path).catch(() => null);
        if (stat2?.ephemeralOwner && this.ownSessions.has(stat2.ephemeralOwner)) {
          await this.client.delete(this.path, stat2.version).catch(() => void 0);
        }
      }
      reensure() {
        this.ensure().catch((err) => this.options.onError?.(err));
      }
      /** One (re)creation at a time; a request during one joins it. */
      ensure() {
        this.ensuring ??= this.createOrAdopt().finally(() => {
          this.ensuring = null;
        });
        return this.ensuring;
      }
      async createOrAdopt() {
        const deadline = Date.now() + (this.options.staleWaitMs ?? this.client.negotiatedSessionTimeoutMs + 2e3);
        while (!this.stopped) {
          try {
            await this.client.whenConnected(this.client.negotiatedSessionTimeoutMs);
            await this.client.createOnce(this.path, this.data, "ephemeral", { acl: this.options.acl });
            await this.adopted();
            return;
          } catch (err) {
            if (!hasZkCode(err, ErrorCode.ZK_NODE_EXISTS))
              throw err;
          }
          const stat2 = await this.client.exists(this.path);
          if (!stat2)
            continue;
          const owner = stat2.ephemeralOwner;
          if (owner !== null && owner === this.client.sessionId) {
            await this.adopted();
            return;
          }
          if (owner !== null && this.ownSessions.has(owner)) {
            await this.client.delete(this.path, stat2.version).catch((err) => {
              if (!hasZkCode(err, ErrorCode.ZK_NO_NODE))
                throw err;
            });
            continue;
          }
          if (Date.now() >= deadline)
            throw this.conflict(owner);
          await this.waitForDeletion(deadline);
        }
      }
      /** Records the current session as the owner and watches the node for deletion. */
      async adopted() {
        const session = this.client.sessionId;
        if (session) {
          this.ownSessions.add(session);
          await this.saveSession(session);
        }
        const stat2 = await this.client.exists(this.path, { watch: this.onNodeEvent });
        if (!stat2 && !this.stopped)
          throw new ZkError(ErrorCode.ZK_NO_NODE, `${this.path} vanished right after it was created`, { path: this.path });
      }
      conflict(owner) {
        return new ZkError(ErrorCode.HOST_CONFLICT, `${this.path} is held by another live ZooKeeper session (${owner ?? "a persistent node"}), so this process cannot register under that name`, { path: this.path, hint: "another agent runs with the same --host; stop it or give each agent a unique host name" });
      }
      async loadPreviousSession() {
        if (!this.options.sessionFile)
          return;
        try {
          const saved = JSON.parse(await readFile(this.options.sessionFile, "utf8"));
          if (saved.path === this.path && typeof saved.sessionId === "string")
            this.ownSessions.add(saved.sessionId);
        } catch {
        }
      }
      async saveSession(sessionId) {
        const file = this.options.sessionFile;
        if (!file)
          return;
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, `${JSON.stringify({ path: this.path, sessionId })}
`);
        await rename(tmp, file);
      }
      waitForDeletion(deadline) {
        return new Promise((resolve5) => {
          const timer = setTimeout(resolve5, Math.max(0, deadline - Date.now()));
          const done = () => {
            clearTimeout(timer);
            resolve5();
          };
          const watch2 = (event) => {
            if (event.type === "deleted")
              done();
          };
          this.client.exists(this.path, { watch: watch2 }).then((stat2) => {
            if (!stat2)
              done();
          }, done);
        });
      }
    };
  }
});

// shared/dist/recipes/leader-election.js
import { randomBytes } from "node:crypto";
var isAmbiguous, LeaderElection;
var init_leader_election = __esm({
  "shared/dist/recipes/leader-election.js"() {
    "use strict";
    init_component_log();
    init_coalescing_runner();
    init_connection_state();
    init_errors();
    init_zk_errors();
    init_retry();
    init_group_member_record();
    isAmbiguous = (err) => hasZkCode(err, ErrorCode.ZK_TIMEOUT) || hasZkCode(err, ErrorCode.ZK_DISCONNECTED);
    LeaderElection = class {
      client;
      groupPath;
      listener;
      options;
      lifecycle = "latent";
      memberPath = null;
      memberSession = null;
      /** A create that went unanswered: look for its token before creating again in the same session. */
      pending = null;
      ownToken = null;
      leader = false;
      reported = void 0;
      lastConfirmedAt = 0;
      failures = 0;
      retryTimer = null;
      leaseTimer = null;
      unsubscribe = null;
      runner = new CoalescingRunner(() => this.evaluate());
      leaseMs;
      log;
      onPredecessorEvent = () => void this.trigger();
      constructor(client, groupPath, listener, options = {}) {
        this.client = client;
        this.groupPath = groupPath;
        this.listener = listener;
        this.options = options;
        this.leaseMs = options.leaseMs ?? Math.floor(client.sessionTimeoutMs / 2);
        this.log = options.logger?.child({ component: "election", group: groupPath }) ?? QUIET_LOG;
      }
      /** Joins the group; the listener hears the outcome. Join failures are retried with backoff. */
      start() {
        if (this.lifecycle !== "latent")
          return;
        this.lifecycle = "started";
        this.unsubscribe = this.client.onStateChange((change) => this.onConnectionChange(change));
        this.leaseTimer = setInterval(() => this.checkLease(), Math.max(25, Math.floor(this.leaseMs / 4)));
        void this.trigger();
      }
      /** True while this member leads (and its lease holds). */
      get isLeader() {
        return this.leader;
      }
      /** This member's node name (`m-0000000007`), or null while it has none. */
      get memberName() {
        return this.memberPath ? this.memberPath.slice(this.memberPath.lastIndexOf("/") + 1) : null;
      }
      /** Leaves the group: a leader first steps down (awaiting the listener), then the node is deleted. Idempotent. */
      async close() {
        if (this.lifecycle === "closed")
          return;
        this.lifecycle = "closed";
        this.unsubscribe?.();
        if (this.retryTimer)
          clearTimeout(this.retryTimer);
        if (this.leaseTimer)
          clearInterval(this.leaseTimer);
        await this.runner.idle();
        if (this.leader) {
          this.leader = false;
          this.reported = false;
          await this.notify(false, "leaving the group");
        }
        await this.deleteOwnNode();
      }
      /** Re-checks this member's place in line. */
      trigger() {
        return this.lifecycle === "started" ? this.runner.trigger() : Promise.resolve();
      }
      onConnectionChange(change) {
        if (change.state === ConnectionState.SUSPENDED)
          this.setLeader(false, "connection to ZooKeeper suspended; the session may expire");
        else if (change.state === ConnectionState.LOST)
          this.setLeader(false, "ZooKeeper session lost");
        else
          void this.trigger();
      }
      /** Steps down when the lease ran out; otherwise renews it with a read of the member's own node. */
      checkLease() {
        if (!this.leader)
          return;
        if (Date.now() - this.lastConfirmedAt > this.leaseMs) {
          this.setLeader(false, `no answer from ZooKeeper within the ${this.leaseMs} ms lease`);
          void this.trigger();
          return;
        }
        const path = this.memberPath;
        const session = this.memberSession;
        if (!path || !this.client.isConnected)
          return;
        const sent = Date.now();
        this.client.exists(path, { timeoutMs: Math.max(25, Math.floor(this.leaseMs / 4)) }).then((stat2) => {
          if (stat2 && stat2.ephemeralOwner === session && this.client.sessionId === session) {
            this.lastConfirmedAt = Math.max(this.lastConfirmedAt, sent);
          } else if (!stat2) {
            void this.trigger();
          }
        }, () => void 0);
      }
      async evaluate() {
        if (this.lifecycle !== "started" || !this.client.isConnected)
          return;
        try {
          await this.evaluateOnce();
          this.failures = 0;
        } catch (err) {
          this.setLeader(false, "could not read the group");
          this.scheduleRetry(err);
        }
      }
      /** One pass: join if needed, then lead or watch the predecessor. Loops when the line changed under us. */
      async evaluateOnce() {
        for (let pass = 0; pass < 10 && this.lifecycle === "started"; pass++) {
          if (!this.memberPath || this.memberSession !== this.client.sessionId)
            await this.join();
          const me = this.memberName;
          const sent = Date.now();
          const order = electionOrder(await this.client.children(this.groupPath) ?? []);
          const index = me ? order.indexOf(me) : -1;
          if (index < 0) {
            this.setLeader(false, "member node vanished");
            this.memberPath = null;
            continue;
          }
          if (index === 0) {
            if (Date.now() - sent >= this.leaseMs)
              continue;
            this.lastConfirmedAt = sent;
            this.setLeader(true, "lowest member of the group");
            return;
          }
          const predecessor = order[index - 1];
          this.setLeader(false, `standing by behind ${predecessor}`);
          if (await this.client.exists(`${this.groupPath}/${predecessor}`, { watch: this.onPredecessorEvent }))
            return;
        }
        if (this.lifecycle === "started")
          void Promise.resolve().then(() => this.trigger());
      }
      /** Creates this member's node, finding it instead when an earlier create in this session went unanswered. */
      async join() {
        await this.removeStaleNode();
        await this.client.ensurePath(this.groupPath, this.options.acl);
        const session = this.client.sessionId;
        if (!session)
          throw new Error("not connected");
        if (this.pending?.session === session) {
          const found = await this.findByToken(this.pending.token);
          if (found)
            return this.adopt(found, session, this.pending.token);
        }
        const token = `${session}-${randomBytes(8).toString("hex")}`;
        const data = Buffer.from(JSON.stringify({ ...this.options.data, token }));
        this.pending = { token, session };
        try {
          const path = await this.client.create(`${this.groupPath}/${MEMBER_PREFIX}`, data, "ephemeral_sequential", this.options.acl);
          this.adopt(path, session, token);
        } catch (err) {
          if (!isAmbiguous(err))
            this.pending = null;
          throw err;
        }
      }
      adopt(path, session, token) {
        this.memberPath = path;
        this.memberSession = session;
        this.ownToken = token;
        this.pending = null;
        this.log.info({ member: this.memberName }, "joined the group");
      }
      async findByToken(token) {
        for (const name of electionOrder(await this.client.children(this.groupPath) ?? [])) {
          const node = await this.client.get(`${this.groupPath}/${name}`);
          if (node && parseMemberRecord(node.data).token === token)
            return `${this.groupPath}/${name}`;
        }
        return null;
      }
      /**
       * A node of our previous session may outlive it on the server for a while
       * (the wrapper presumes a session lost before the server expires it); it
       * would stand in line ahead of us and of everyone behind it, so delete it.
       */
      async removeStaleNode() {
        const path = this.memberPath;
        if (!path || this.memberSession === this.client.sessionId)
          return;
        this.memberPath = null;
        const node = await this.client.get(path).catch(() => null);
        if (node && parseMemberRecord(node.data).token === this.ownToken) {
          await this.client.delete(path, node.stat.version).catch(() => void 0);
          this.log.info({ member: path }, "removed the member node of a previous session");
        }
      }
      async deleteOwnNode() {
        const path = this.memberPath;
        this.memberPath = null;
        if (!path)
          return;
        const stat2 = await this.client.exists(path).catch(() => null);
        if (stat2 && stat2.ephemeralOwner === this.client.sessionId)
          await this.client.delete(path, stat2.version).catch(() => void 0);
      }
      scheduleRetry(err) {
        if (this.lifecycle !== "started")
          return;
        const delay = backoffDelay(this.failures++, 200, 5e3);
        this.log.warn({ err, retryInMs: delay }, "election step failed; retrying");
        if (this.retryTimer)
          clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => void this.trigger(), delay);
      }
      setLeader(leader, reason) {
        this.leader = leader;
        if (this.reported === leader || this.lifecycle === "closed")
          return;
        this.reported = leader;
        this.log.info({ leader, reason, member: this.memberName }, leader ? "leading the group" : "not leading the group");
        void this.notify(leader, reason);
      }
      async notify(leader, reason) {
        try {
          await this.listener(leader, reason);
        } catch (err) {
          this.log.error({ err }, "leadership listener failed");
        }
      }
    };
  }
});

// shared/dist/recipes/index.js
var init_recipes = __esm({
  "shared/dist/recipes/index.js"() {
    "use strict";
    init_data_watch();
    init_children_watch();
    init_ephemeral_node();
    init_coalescing_runner();
    init_leader_election();
  }
});

// shared/dist/git/git-runner.js
import { spawn } from "node:child_process";
function tail(text2, lines = 5, chars = 800) {
  const cut = text2.trim().split("\n").slice(-lines).join("\n");
  return cut.length > chars ? cut.slice(-chars) : cut;
}
function gitEnv(extra = {}) {
  const env = {};
  for (const key of KEPT_ENV) {
    const value = process.env[key];
    if (value !== void 0)
      env[key] = value;
  }
  return {
    ...env,
    LC_ALL: "C",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: GIT_ALLOWED_PROTOCOLS,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_ASKPASS: "",
    SSH_ASKPASS: "",
    GCM_INTERACTIVE: "never",
    ...extra
  };
}
function runGit(args, options) {
  const timeoutMs = options.timeoutMs ?? 12e4;
  const fullArgs = [...SAFE_CONFIG, ...args];
  return new Promise((resolve5, reject) => {
    const child = spawn("git", fullArgs, {
      cwd: options.cwd,
      env: gitEnv(options.env),
      stdio: ["ignore", options.stdout === false ? "ignore" : "pipe", "pipe"],
      signal: options.signal,
      timeout: timeoutMs,
      killSignal: "SIGKILL"
    });
    const out = [];
    const err = [];
    child.stdout?.on("data", (c) => out.push(c));
    child.stderr?.on("data", (c) => err.push(c));
    child.on("error", (e) => {
      const aborted = e.name === "AbortError";
      reject(new GitError(`git ${args[0] ?? ""} ${aborted ? "was aborted" : `could not run: ${e.message}`}`, args, null, ""));
    });
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code === 0 || code !== null && options.okCodes?.includes(code))
        return resolve5({ stdout, stderr, code });
      const timedOut = signal === "SIGKILL" && code === null;
      const why = timedOut ? `timed out after ${timeoutMs} ms` : `failed (exit ${code ?? signal})`;
      reject(new GitError(`git ${args[0] ?? ""} ${why}: ${tail(stderr, 2, 300) || "no output"}`, args, code, stderr, timedOut));
    });
  });
}
var GIT_ALLOWED_PROTOCOLS, SAFE_CONFIG, KEPT_ENV, GitError;
var init_git_runner = __esm({
  "shared/dist/git/git-runner.js"() {
    "use strict";
    init_errors();
    GIT_ALLOWED_PROTOCOLS = "file:git:http:https:ssh";
    SAFE_CONFIG = [
      "-c",
      "core.hooksPath=/dev/null",
      "-c",
      "core.fsmonitor=false",
      "-c",
      "submodule.recurse=false",
      "-c",
      "protocol.ext.allow=never",
      "-c",
      "protocol.fd.allow=never",
      "-c",
      "advice.detachedHead=false",
      "-c",
      "init.defaultBranch=main"
    ];
    KEPT_ENV = ["PATH", "HOME", "TMPDIR", "SSH_AUTH_SOCK", "http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"];
    GitError = class extends ZkDeployError {
      gitArgs;
      exitCode_;
      stderr;
      constructor(message, gitArgs, exitCode_, stderr, timedOut = false) {
        super(timedOut ? ErrorCode.GIT_TIMEOUT : ErrorCode.GIT_FAILED, message, { details: { stderr: tail(stderr) } });
        this.gitArgs = gitArgs;
        this.exitCode_ = exitCode_;
        this.stderr = stderr;
      }
    };
  }
});

// shared/dist/index.js
var init_dist = __esm({
  "shared/dist/index.js"() {
    "use strict";
    init_errors();
    init_logger();
    init_znode_layout();
    init_records();
    init_payload2();
    init_zk();
    init_recipes();
    init_git_runner();
  }
});

// agent/dist/agent-metrics.js
var agent_metrics_exports = {};
__export(agent_metrics_exports, {
  AgentMetrics: () => AgentMetrics
});
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
var AgentMetrics;
var init_agent_metrics = __esm({
  "agent/dist/agent-metrics.js"() {
    "use strict";
    init_dist();
    AgentMetrics = class {
      registry = new Registry();
      deploys = new Counter({
        name: "zkdeploy_agent_deploys_total",
        help: "Deploy attempts by final result (ok, failed, rejected, drifted).",
        labelNames: ["app", "result"],
        registers: [this.registry]
      });
      duration = new Histogram({
        name: "zkdeploy_agent_deploy_duration_seconds",
        help: "Time from starting a deploy to its final status.",
        labelNames: ["app", "result"],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
        registers: [this.registry]
      });
      configVersion = new Gauge({
        name: "zkdeploy_agent_config_version",
        help: "Data version of B/config the last status was written for.",
        labelNames: ["app"],
        registers: [this.registry]
      });
      state = new Gauge({
        name: "zkdeploy_agent_state",
        help: "1 for the state this host last reported for the app, 0 for the others.",
        labelNames: ["app", "state"],
        registers: [this.registry]
      });
      attempts = new Gauge({
        name: "zkdeploy_agent_deploy_attempts",
        help: "Attempts made for the current config version (retries after transient failures).",
        labelNames: ["app"],
        registers: [this.registry]
      });
      connected = new Gauge({
        name: "zkdeploy_agent_zookeeper_connected",
        help: "1 while connected to ZooKeeper, else 0.",
        registers: [this.registry]
      });
      connectionState = new Gauge({
        name: "zkdeploy_agent_zookeeper_connection_state",
        help: "1 for the current ZooKeeper connection state (CONNECTED, SUSPENDED, RECONNECTED, LOST).",
        labelNames: ["state"],
        registers: [this.registry]
      });
      commitInfo = new Gauge({
        name: "zkdeploy_agent_commit_info",
        help: "Always 1; labels say which commit is checked out at which path for the app.",
        labelNames: ["app", "commit", "path"],
        registers: [this.registry]
      });
      commits = /* @__PURE__ */ new Map();
      constructor(labels) {
        this.registry.setDefaultLabels({ host: labels.host });
        collectDefaultMetrics({ register: this.registry, prefix: "zkdeploy_agent_" });
        new Gauge({ name: "zkdeploy_agent_build_info", help: "Agent version.", labelNames: ["version"], registers: [this.registry] }).set({ version: labels.version }, 1);
      }
      /** Records a final deploy result. */
      deployed(app, result, seconds2) {
        this.deploys.inc({ app, result });
        this.duration.observe({ app, result }, seconds2);
      }
      /** Records the state, version and attempts of the last status written. */
      reported(app, state, configVersion, attempts) {
        for (const s of DEPLOY_STATES)
          this.state.set({ app, state: s }, s === state ? 1 : 0);
        if (configVersion !== null)
          this.configVersion.set({ app }, configVersion);
        this.attempts.set({ app }, attempts);
      }
      /** Records the commit now at the app's target. */
      commit(app, commit, path) {
        const old = this.commits.get(app);
        if (old)
          this.commitInfo.remove({ app, commit: old.commit, path: old.path });
        if (commit === null) {
          this.commits.delete(app);
          return;
        }
        this.commits.set(app, { commit, path });
        this.commitInfo.set({ app, commit, path }, 1);
      }
      /** Records a ZooKeeper connection state change. */
      connection(state, isConnected) {
        for (const s of ["CONNECTED", "SUSPENDED", "RECONNECTED", "LOST"])
          this.connectionState.set({ state: s }, s === state ? 1 : 0);
        this.connected.set(isConnected ? 1 : 0);
      }
    };
  }
});

// agent/dist/metrics-server.js
var metrics_server_exports = {};
__export(metrics_server_exports, {
  startMetricsServer: () => startMetricsServer
});
import { createServer } from "node:http";
async function startMetricsServer(metrics, health, host, port) {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/metrics") {
      metrics.registry.metrics().then((text2) => res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text2), (err) => res.writeHead(500, { "content-type": "text/plain" }).end(`${err.message}
`));
      return;
    }
    if (path === "/healthz") {
      const h = health();
      res.writeHead(h.healthy ? 200 : 503, { "content-type": "application/json" }).end(`${JSON.stringify(h)}
`);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found: try /metrics or /healthz\n");
  });
  await new Promise((resolve5, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve5();
    });
  });
  return server;
}
var init_metrics_server = __esm({
  "agent/dist/metrics-server.js"() {
    "use strict";
  }
});

// agent/dist/main.js
init_dist();
import { mkdir as mkdir4 } from "node:fs/promises";
import { CommanderError } from "commander";

// agent/dist/agent-options.js
init_dist();
import { readFileSync as readFileSync2 } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { Command, Option as Option2 } from "commander";

// agent/dist/version.js
import { readFileSync } from "node:fs";
var AGENT_VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

// agent/dist/group-service-options.js
init_dist();
import { Option } from "commander";

// agent/dist/health-check.js
init_dist();
import { connect } from "node:net";
function parseHealthCheck(text2) {
  if (text2 === "tcp")
    return { kind: "tcp" };
  let url;
  try {
    url = new URL(text2);
  } catch {
    throw new UsageError(`--health ${JSON.stringify(text2)} is neither tcp nor an http:// or https:// URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--health ${JSON.stringify(text2)} must be tcp or an http:// or https:// URL`);
  }
  return { kind: "http", url: url.toString() };
}
function runHealthCheck(spec, host, port, timeoutMs) {
  return spec.kind === "tcp" ? tcpCheck(host, port, timeoutMs) : httpCheck(spec.url, timeoutMs);
}
function tcpCheck(host, port, timeoutMs) {
  return new Promise((resolve5) => {
    const socket = connect({ host: host.replace(/^\[(.*)\]$/, "$1"), port });
    const done = (result) => {
      socket.destroy();
      resolve5(result);
    };
    socket.setTimeout(timeoutMs, () => done({ ok: false, detail: `no TCP connection within ${timeoutMs} ms` }));
    socket.once("connect", () => done({ ok: true, detail: "tcp connect ok" }));
    socket.once("error", (err) => done({ ok: false, detail: `connect ${err.code ?? err.message}` }));
  });
}
async function httpCheck(url, timeoutMs) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { ok, detail: `HTTP ${response.status}` };
  } catch (err) {
    const cause = err.cause?.code;
    return { ok: false, detail: err.name === "TimeoutError" ? `no HTTP answer within ${timeoutMs} ms` : `HTTP ${cause ?? err.message}` };
  }
}

// agent/dist/group-service-options.js
var collect = (value, previous) => [...previous ?? [], value];
function addGroupServiceOptions(cmd) {
  return cmd.addOption(new Option("--group <name>", "join this active/standby group (under the first --app)").env("ZKDEPLOY_GROUP")).addOption(new Option("--on-primary <command>", "shell command run when this agent becomes the group primary").env("ZKDEPLOY_ON_PRIMARY")).addOption(new Option("--on-standby <command>", "shell command run when this agent is or becomes a standby").env("ZKDEPLOY_ON_STANDBY")).addOption(new Option("--role-command-timeout <seconds>", "timeout of --on-primary/--on-standby (default 60)").env("ZKDEPLOY_ROLE_COMMAND_TIMEOUT")).addOption(new Option("--service <name=host:port>", "register this endpoint while healthy (repeatable)").argParser(collect).env("ZKDEPLOY_SERVICE")).addOption(new Option("--health <check>", "tcp (default) or an http(s):// URL that must answer 2xx; one for all services or one per --service").argParser(collect).env("ZKDEPLOY_HEALTH")).addOption(new Option("--health-interval <seconds>", "seconds between health checks (default 5)").env("ZKDEPLOY_HEALTH_INTERVAL")).addOption(new Option("--drain-during-deploy", "deregister services while this host activates a new commit (ZKDEPLOY_DRAIN_DURING_DEPLOY=true|false)"));
}
var asList = (v) => (Array.isArray(v) ? v.map(String) : v === void 0 || v === null || v === "" ? [] : [String(v)]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
function optionalText2(value, flag) {
  if (value === void 0 || value === null)
    return void 0;
  if (typeof value !== "string" || value.trim() === "")
    throw new UsageError(`${flag} must be a non-empty string`);
  return value;
}
function booleanEnv(env, name) {
  const value = env[name]?.trim().toLowerCase();
  if (value === void 0 || value === "" || value === "0" || value === "false" || value === "no")
    return false;
  if (value === "1" || value === "true" || value === "yes")
    return true;
  throw new UsageError(`${name} must be true or false, got ${JSON.stringify(env[name])}`);
}
function seconds(value, flag, fallback) {
  if (value === void 0 || value === null)
    return fallback * 1e3;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86400)
    throw new UsageError(`${flag} must be a number of seconds between 0 and 86400, got ${JSON.stringify(value)}`);
  return Math.round(n * 1e3);
}
function parseServiceSpec(text2, health) {
  const match = /^([^=]+)=(.+):(\d{1,5})$/.exec(text2);
  const bad = (why) => new UsageError(`--service ${JSON.stringify(text2)} ${why}`, { hint: "write it as name=host:port, for example api=10.0.0.5:8080" });
  if (!match)
    throw bad("is not name=host:port");
  const [, name = "", host = "", portText = ""] = match;
  const port = Number(portText);
  if (!isValidNodeName(name))
    throw bad(`has an invalid service name ${JSON.stringify(name)} (letters, digits, . _ -)`);
  if (!isValidEndpointHost(host))
    throw bad(`has an invalid host ${JSON.stringify(host)}`);
  if (port < 1 || port > 65535)
    throw bad(`has port ${port} outside 1-65535`);
  return { name, host, port, health };
}
function parseServices(pick) {
  const specs = asList(pick("service", "services"));
  const healths = asList(pick("health")).map(parseHealthCheck);
  if (healths.length > 0 && specs.length === 0)
    throw new UsageError("--health needs at least one --service to check");
  if (healths.length > 1 && healths.length !== specs.length) {
    throw new UsageError(`--health was given ${healths.length} times for ${specs.length} services; give it once for all or once per --service`);
  }
  const services = specs.map((text2, i) => parseServiceSpec(text2, healths[healths.length === 1 ? 0 : i] ?? { kind: "tcp" }));
  const seen = /* @__PURE__ */ new Set();
  for (const s of services) {
    if (seen.has(s.name))
      throw new UsageError(`--service ${s.name} is given twice; each service name registers one endpoint per host`);
    seen.add(s.name);
  }
  return services;
}
function parseGroupServiceOptions(pick, env = process.env) {
  const group = optionalText2(pick("group"), "--group");
  if (group !== void 0 && !isValidNodeName(group))
    throw new UsageError(`--group ${JSON.stringify(group)} is not a valid group name (letters, digits, . _ -)`);
  const onPrimary = optionalText2(pick("onPrimary"), "--on-primary");
  const onStandby = optionalText2(pick("onStandby"), "--on-standby");
  if (group === void 0 && (onPrimary !== void 0 || onStandby !== void 0)) {
    throw new UsageError("--on-primary and --on-standby need --group to name the group to join");
  }
  const services = parseServices(pick);
  const drainDuringDeploy = pick("drainDuringDeploy") === true || booleanEnv(env, "ZKDEPLOY_DRAIN_DURING_DEPLOY");
  if (drainDuringDeploy && services.length === 0)
    throw new UsageError("--drain-during-deploy needs at least one --service to drain");
  return {
    group,
    onPrimary,
    onStandby,
    roleCommandTimeoutMs: seconds(pick("roleCommandTimeout"), "--role-command-timeout", 60),
    services,
    healthIntervalMs: seconds(pick("healthInterval"), "--health-interval", 5),
    drainDuringDeploy
  };
}

// agent/dist/agent-options.js
var collect2 = (value, previous) => [...previous ?? [], value];
var list = (value) => value.split(",").map((s) => s.trim()).filter(Boolean);
function command() {
  return new Command("zkdeploy-agent").description("Watches the zkdeploy config znode and checks out exactly the published commit.").version(AGENT_VERSION).addOption(new Option2("--config <file>", "JSON config file").env("ZKDEPLOY_CONFIG")).addOption(new Option2("--zk <hosts>", "ZooKeeper connect string").env("ZKDEPLOY_ZK")).addOption(new Option2("--app <znode>", "app base znode (repeatable)").argParser(collect2).env("ZKDEPLOY_APP")).addOption(new Option2("--base-dir <dir>", "where checkouts live").env("ZKDEPLOY_BASE_DIR")).addOption(new Option2("--host <name>", "this host name in ZooKeeper").env("ZKDEPLOY_HOST")).addOption(new Option2("--auth <user:password>", "ZooKeeper digest auth").env("ZKDEPLOY_AUTH")).addOption(new Option2("--allow-url <prefix>", "allowed URL prefix (repeatable)").argParser(collect2).env("ZKDEPLOY_ALLOW_URL")).addOption(new Option2("--log-level <level>", "trace, debug, info, warn, error").env("ZKDEPLOY_LOG_LEVEL")).addOption(new Option2("--session-timeout <ms>", "ZooKeeper session timeout").env("ZKDEPLOY_SESSION_TIMEOUT")).addOption(new Option2("--resync <seconds>", "periodic resync interval").env("ZKDEPLOY_RESYNC")).addOption(new Option2("--git-timeout <seconds>", "timeout of one git command").env("ZKDEPLOY_GIT_TIMEOUT")).addOption(new Option2("--exec <command>", "shell command run in the checkout after activation").env("ZKDEPLOY_EXEC")).addOption(new Option2("--check <command>", "shell command run in the new release before activation").env("ZKDEPLOY_CHECK")).addOption(new Option2("--exec-timeout <seconds>", "timeout of --exec and --check").env("ZKDEPLOY_EXEC_TIMEOUT")).addOption(new Option2("--self-heal [bool]", "restore drifted checkouts").env("ZKDEPLOY_SELF_HEAL")).addOption(new Option2("--no-drift-watch", "do not watch the checkout for local changes")).addOption(new Option2("--splay <ms>", "random delay up to <ms> before fetching").env("ZKDEPLOY_SPLAY")).addOption(new Option2("--keep-releases <n>", "releases kept per path for instant rollback (active included)").env("ZKDEPLOY_KEEP_RELEASES")).addOption(new Option2("--metrics-port <port>", "serve /metrics and /healthz on this port").env("ZKDEPLOY_METRICS_PORT")).addOption(new Option2("--metrics-host <host>", "address of the metrics server").env("ZKDEPLOY_METRICS_HOST")).addOption(new Option2("--trust-key <pem file>", "accept only payloads signed by this ed25519 key (repeatable)").argParser(collect2).env("ZKDEPLOY_TRUST_KEY")).addOption(new Option2("--ssh-key <file>", "private key for ssh git URLs").env("ZKDEPLOY_SSH_KEY")).addOption(new Option2("--known-hosts <file>", "known_hosts file for ssh git URLs").env("ZKDEPLOY_KNOWN_HOSTS")).exitOverride().configureOutput({ writeErr: () => void 0 });
}
function readConfigFile(path) {
  if (!path)
    return {};
  try {
    const value = JSON.parse(readFileSync2(path, "utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new Error("not a JSON object");
    return value;
  } catch (err) {
    throw new UsageError(`config file ${path} could not be read: ${err.message}`);
  }
}
function nonNegativeInteger(value, flag) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${flag} must be a whole number of 0 or more, got ${JSON.stringify(value)}`);
  return n;
}
function bool(value, flag) {
  if (value === void 0 || value === true || value === false)
    return value === true;
  const text2 = String(value).toLowerCase();
  if (["1", "true", "yes", "on"].includes(text2))
    return true;
  if (["0", "false", "no", "off", ""].includes(text2))
    return false;
  throw new UsageError(`${flag} must be true or false, got ${JSON.stringify(value)}`);
}
function readableFile(path, flag) {
  if (path === void 0)
    return void 0;
  const full = resolve(String(path));
  try {
    readFileSync2(full);
  } catch (err) {
    throw new UsageError(`${flag} ${full} cannot be read (${err.code ?? err.message})`);
  }
  return full;
}
function gitPassword(env) {
  if (env["ZKDEPLOY_GIT_PASSWORD"])
    return env["ZKDEPLOY_GIT_PASSWORD"];
  const file = env["ZKDEPLOY_GIT_PASSWORD_FILE"];
  if (!file)
    return void 0;
  try {
    return readFileSync2(file, "utf8").trim();
  } catch (err) {
    throw new UsageError(`ZKDEPLOY_GIT_PASSWORD_FILE ${file} cannot be read (${err.code ?? "error"})`);
  }
}
function productionOptions(pick, asList2) {
  const metricsPort = pick("metricsPort");
  const port = metricsPort === void 0 ? void 0 : nonNegativeInteger(metricsPort, "--metrics-port");
  if (port !== void 0 && port > 65535)
    throw new UsageError(`--metrics-port must be at most 65535, got ${port}`);
  const keep = nonNegativeInteger(pick("keepReleases") ?? 3, "--keep-releases");
  if (keep < 2)
    throw new UsageError(`--keep-releases must be at least 2 (the active release and one to prepare), got ${keep}`);
  const username = process.env["ZKDEPLOY_GIT_USERNAME"] || void 0;
  const password = gitPassword(process.env);
  if (username === void 0 !== (password === void 0)) {
    throw new UsageError("ZKDEPLOY_GIT_USERNAME and ZKDEPLOY_GIT_PASSWORD (or ZKDEPLOY_GIT_PASSWORD_FILE) must be set together");
  }
  return {
    exec: pick("exec") || void 0,
    check: pick("check") || void 0,
    execTimeoutMs: positiveNumber(pick("execTimeout") ?? 300, "--exec-timeout") * 1e3,
    selfHeal: bool(pick("selfHeal"), "--self-heal"),
    driftWatch: bool(pick("driftWatch") ?? true, "--drift-watch"),
    splayMs: nonNegativeInteger(pick("splay") ?? 0, "--splay"),
    keepReleases: keep,
    metricsPort: port,
    metricsHost: String(pick("metricsHost") ?? "127.0.0.1"),
    trustKeys: asList2(pick("trustKey", "trustKeys")).map((f) => readableFile(f, "--trust-key")),
    sshKey: readableFile(pick("sshKey"), "--ssh-key"),
    knownHosts: readableFile(pick("knownHosts"), "--known-hosts"),
    gitUsername: username,
    gitPassword: password
  };
}
function positiveNumber(value, flag) {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}
function parseAgentOptions(argv) {
  const cmd = addGroupServiceOptions(command());
  cmd.parse(argv, { from: "user" });
  const flags = cmd.opts();
  const file = readConfigFile(flags["config"]);
  const fromFlag = (key) => cmd.getOptionValueSource(key) === "default" ? void 0 : flags[key];
  const pick = (key, fileKey = key) => fromFlag(key) ?? file[fileKey];
  const asList2 = (v) => Array.isArray(v) ? v.flatMap((x) => list(String(x))) : v ? list(String(v)) : [];
  const apps = asList2(pick("app", "apps") ?? pick("app"));
  const options = {
    zk: String(pick("zk") ?? "127.0.0.1:2181"),
    apps: apps.length > 0 ? apps : [DEFAULT_APP],
    baseDir: resolve(String(pick("baseDir") ?? process.cwd())),
    host: String(pick("host") ?? hostname()),
    auth: pick("auth"),
    allowUrls: asList2(pick("allowUrl", "allowUrls")),
    logLevel: String(pick("logLevel") ?? "info"),
    sessionTimeoutMs: positiveNumber(pick("sessionTimeout") ?? 1e4, "--session-timeout"),
    resyncMs: positiveNumber(pick("resync") ?? 300, "--resync") * 1e3,
    gitTimeoutMs: positiveNumber(pick("gitTimeout") ?? 300, "--git-timeout") * 1e3,
    ...parseGroupServiceOptions(pick),
    ...productionOptions(pick, asList2)
  };
  for (const app of options.apps) {
    if (!isValidAppPath(app))
      throw new UsageError(`--app ${JSON.stringify(app)} is not an absolute znode path like /app/business`);
  }
  if (!isValidNodeName(options.host))
    throw new UsageError(`--host ${JSON.stringify(options.host)} is not a valid host name (letters, digits, . _ -)`);
  if (options.auth !== void 0 && !/^[^:]+:.+$/.test(options.auth))
    throw new UsageError("--auth must be user:password");
  return options;
}

// agent/dist/agent-runtime.js
init_dist();
import { readFileSync as readFileSync4 } from "node:fs";

// agent/dist/base-dir-lock.js
init_dist();
import { lstat as lstat2, mkdir as mkdir2, open, readFile as readFile3, rm } from "node:fs/promises";
import { join as join2 } from "node:path";

// agent/dist/local-fs.js
import { lstatSync, mkdirSync, readFileSync as readFileSync3, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
function settle(run) {
  try {
    return Promise.resolve(run());
  } catch (err) {
    return Promise.reject(err);
  }
}
function stat(path) {
  return settle(() => statSync(path));
}
function lstat(path) {
  return settle(() => lstatSync(path));
}
function readFile2(path, encoding) {
  return settle(() => readFileSync3(path, encoding));
}
function readdir(path, options) {
  return settle(() => options ? readdirSync(path, options) : readdirSync(path));
}
function readlink(path) {
  return settle(() => readlinkSync(path));
}
function realpath(path) {
  return settle(() => realpathSync.native(path));
}
function writeFile2(path, data) {
  return settle(() => writeFileSync(path, data));
}
function rename2(from, to) {
  return settle(() => renameSync(from, to));
}
function symlink(target, path) {
  return settle(() => symlinkSync(target, path));
}
function mkdir(path, options) {
  return settle(() => {
    mkdirSync(path, options);
  });
}
function unlink(path, options) {
  return settle(() => rmSync(path, options));
}

// agent/dist/target-path.js
init_dist();
import { dirname, isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
var AGENT_DIR_NAME = ".zkdeploy";
function inside(base, candidate) {
  const rel = relative(base, candidate);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function outside(relativePath, why) {
  return new ZkDeployError(ErrorCode.PATH_OUTSIDE_BASE, `relativePath "${relativePath}" ${why}`, {
    hint: "publish a path inside the agent base dir"
  });
}
async function resolveTarget(baseDir, relativePath) {
  const base = await realpath(baseDir);
  if (relativePath.split("/")[0] === AGENT_DIR_NAME)
    throw outside(relativePath, `uses the agent's reserved directory ${AGENT_DIR_NAME}`);
  const target = resolve2(base, relativePath);
  if (!inside(base, target))
    throw outside(relativePath, "resolves outside the base dir");
  const parent = await realParent(base, dirname(target), relativePath);
  const real = join(parent, target.slice(dirname(target).length + 1));
  const stat2 = await lstat(real).catch(() => null);
  if (stat2?.isSymbolicLink()) {
    const linked = await realpath(real).catch(() => null);
    if (linked === null ? !inside(base, resolve2(dirname(real), await readlink(real))) : !inside(base, linked)) {
      throw outside(relativePath, "is a symlink that points outside the base dir");
    }
  }
  return real;
}
async function realParent(base, parent, relativePath) {
  if (parent === base)
    return base;
  const existing = await realpath(parent).catch(() => null);
  if (existing !== null) {
    if (existing !== base && !inside(base, existing))
      throw outside(relativePath, "has a parent directory that resolves outside the base dir");
    return existing;
  }
  const grand = await realParent(base, dirname(parent), relativePath);
  const made = join(grand, parent.slice(dirname(parent).length + 1));
  await mkdir(made);
  return made;
}

// agent/dist/base-dir-lock.js
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
async function lockBaseDir(baseDir) {
  const dir = join2(baseDir, AGENT_DIR_NAME);
  await mkdir2(dir, { recursive: true });
  if (!(await lstat2(dir)).isDirectory()) {
    throw new ZkDeployError(ErrorCode.PATH_OUTSIDE_BASE, `${dir} is not a plain directory (a symlink?); refusing to use it`, {
      hint: `remove it; the agent recreates ${AGENT_DIR_NAME} itself`
    });
  }
  const path = join2(dir, "agent.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid}
`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if (err.code !== "EEXIST")
        throw err;
    }
    const pid = Number((await readFile3(path, "utf8").catch(() => "")).trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      throw new ZkDeployError(ErrorCode.BASE_DIR_LOCKED, `base dir ${baseDir} is in use by another agent (pid ${pid})`, {
        hint: "give each agent its own --base-dir, or stop the other agent"
      });
    }
    await rm(path, { force: true });
  }
  throw new ZkDeployError(ErrorCode.BASE_DIR_LOCKED, `could not take the lock ${path}`);
}

// agent/dist/git-credentials.js
function shellQuote(word) {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
function gitCredentialSettings(o) {
  const env = {};
  const config = [];
  const parts = ["ssh", "-o", "BatchMode=yes"];
  if (o.sshKey)
    parts.push("-i", shellQuote(o.sshKey), "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=yes");
  if (o.knownHosts)
    parts.push("-o", shellQuote(`UserKnownHostsFile=${o.knownHosts}`));
  env["GIT_SSH_COMMAND"] = parts.join(" ");
  if (o.username && o.password) {
    env["ZKDEPLOY_GIT_USERNAME"] = o.username;
    env["ZKDEPLOY_GIT_PASSWORD"] = o.password;
    const helper = '!f() { test "$1" = get || exit 0; echo "username=$ZKDEPLOY_GIT_USERNAME"; echo "password=$ZKDEPLOY_GIT_PASSWORD"; }; f';
    config.push("-c", "credential.helper=", "-c", `credential.helper=${helper}`);
  }
  return { env, config };
}

// agent/dist/keyed-lock.js
var KeyedLock = class {
  tails = /* @__PURE__ */ new Map();
  /** Runs `fn` once every earlier holder of `key` has finished. */
  async with(key, fn) {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release;
    const mine = new Promise((r) => release = r);
    const tail2 = previous.then(() => mine);
    this.tails.set(key, tail2);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail2)
        this.tails.delete(key);
    }
  }
};

// agent/dist/agent-runtime.js
function loadTrustKeys(files) {
  return files.map((file) => {
    try {
      return loadPublicKeys([readFileSync4(file, "utf8")])[0];
    } catch (err) {
      const why = err.message.replace(/^trusted key #1 is not an ed25519 public key in PEM form \((.*)\)$/, "$1");
      throw new UsageError(`--trust-key ${file} is not an ed25519 public key in PEM form (${why})`);
    }
  });
}
var AgentRuntime = class {
  options;
  log;
  /** Null without --metrics-port. */
  metrics = null;
  trustKeys;
  git;
  locks = new KeyedLock();
  server = null;
  unlock = null;
  constructor(options, log) {
    this.options = options;
    this.log = log;
    this.trustKeys = loadTrustKeys(options.trustKeys);
    this.git = gitCredentialSettings({
      sshKey: options.sshKey,
      knownHosts: options.knownHosts,
      username: options.gitUsername,
      password: options.gitPassword
    });
  }
  /** Takes the base-dir lock and starts the metrics server when asked for. */
  async start(agents, zk) {
    this.unlock = await lockBaseDir(this.options.baseDir);
    if (this.options.metricsPort === void 0)
      return;
    const [{ AgentMetrics: AgentMetrics2 }, { startMetricsServer: startMetricsServer2 }] = await Promise.all([Promise.resolve().then(() => (init_agent_metrics(), agent_metrics_exports)), Promise.resolve().then(() => (init_metrics_server(), metrics_server_exports))]);
    this.metrics = new AgentMetrics2({ host: this.options.host, version: AGENT_VERSION });
    this.server = await startMetricsServer2(this.metrics, () => {
      const client = zk();
      const list2 = agents();
      const connected = client?.isConnected ?? false;
      const registered = list2.length === this.options.apps.length && list2.every((a) => a.registered);
      return { healthy: connected && registered, zookeeper: connected ? "connected" : "disconnected", appsRegistered: list2.filter((a) => a.registered).length, apps: this.options.apps.length };
    }, this.options.metricsHost, this.options.metricsPort);
    this.log.info({ host: this.options.metricsHost, port: this.options.metricsPort }, "serving /metrics and /healthz");
  }
  /** Follows the ZooKeeper connection in the metrics. */
  watchConnection(zk) {
    const metrics = this.metrics;
    if (!metrics)
      return;
    metrics.connection(ConnectionState.CONNECTED, zk.isConnected);
    zk.onStateChange((change) => metrics.connection(change.state, zk.isConnected));
  }
  /** The options of one app's agent. */
  appOptions(app) {
    const o = this.options;
    return {
      app,
      host: o.host,
      baseDir: o.baseDir,
      allowUrls: o.allowUrls,
      trustKeys: this.trustKeys,
      gitTimeoutMs: o.gitTimeoutMs,
      git: this.git,
      exec: o.exec,
      check: o.check,
      execTimeoutMs: o.execTimeoutMs,
      selfHeal: o.selfHeal,
      driftWatch: o.driftWatch,
      splayMs: o.splayMs,
      keepReleases: o.keepReleases,
      metrics: this.metrics,
      locks: this.locks,
      resyncMs: o.resyncMs,
      nodeAcl: agentNodeAcl(o.auth),
      log: this.log
    };
  }
  /** Stops the server and releases the base-dir lock. */
  async close() {
    await new Promise((resolve5) => this.server ? this.server.close(() => resolve5()) : resolve5());
    this.server?.closeAllConnections();
    await this.unlock?.();
  }
};

// agent/dist/app-agent.js
init_dist();
import { join as join11 } from "node:path";

// agent/dist/reconciler.js
init_dist();

// agent/dist/drift-watcher.js
import { watch } from "node:fs";
import { dirname as dirname2, join as join3, relative as relative2, sep as sep2 } from "node:path";
var DriftWatcher = class {
  o;
  active = null;
  dirs = /* @__PURE__ */ new Map();
  head = null;
  pending = /* @__PURE__ */ new Set();
  timer = null;
  stopped = false;
  constructor(o) {
    this.o = o;
  }
  /** Watches `slot` as the active release from now on (a no-op when it already is); resolves once every directory is watched. */
  async setActive(slot, headFile) {
    if (this.active?.slot === slot && this.active?.headFile === headFile)
      return;
    this.closeAll();
    this.pending.clear();
    const active = slot && !this.stopped ? { slot, headFile } : null;
    this.active = active;
    if (!active)
      return;
    if (headFile)
      this.head = this.open(dirname2(headFile), active, (name) => name === "HEAD" ? "HEAD" : null);
    await this.addTree(active.slot, active);
  }
  async stop() {
    this.stopped = true;
    if (this.timer)
      clearTimeout(this.timer);
    this.closeAll();
    this.active = null;
  }
  /** Watches `dir` and every directory below it (not following symlinks, skipping the release's `.git`). */
  async addTree(dir, active) {
    if (this.active !== active || this.dirs.has(dir))
      return;
    const watcher = this.open(dir, active, (name) => this.changedPath(active.slot, join3(dir, name)));
    if (!watcher)
      return;
    this.dirs.set(dir, watcher);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const below = entries.filter((e) => e.isDirectory() && !(dir === active.slot && e.name === ".git"));
    await Promise.all(below.map((e) => this.addTree(join3(dir, e.name), active)));
  }
  /** An fs.watch on one directory; `pathOf` maps a changed name to the reported path (null: ignore). */
  open(dir, active, pathOf) {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (this.active !== active || name === null)
          return;
        const path = pathOf(name.toString());
        if (path === null)
          return;
        this.record(path);
        if (path !== "HEAD")
          void this.rearm(join3(dir, name.toString()), active);
      });
      watcher.on("error", (err) => {
        watcher.close();
        if (this.dirs.get(dir) === watcher)
          this.dirs.delete(dir);
        this.o.log.debug({ err, dir }, "drift watch of a directory closed");
      });
      return watcher;
    } catch (err) {
      this.o.log.warn({ err, dir }, "could not watch a directory of the active release");
      return null;
    }
  }
  /**
   * A name in a watched directory changed: when it is (or was) a directory,
   * watch it afresh, since a directory made, replaced or restored after the
   * scan (by the user or a self-heal) has no working watch of its own.
   */
  async rearm(path, active) {
    for (const [dir, watcher] of this.dirs) {
      if (dir === path || dir.startsWith(`${path}${sep2}`)) {
        watcher.close();
        this.dirs.delete(dir);
      }
    }
    const info = await lstat(path).catch(() => null);
    if (info?.isDirectory())
      await this.addTree(path, active);
  }
  /** The release-relative path of a change, or null for git's internals. */
  changedPath(slot, path) {
    const rel = relative2(slot, path);
    if (rel === "" || rel.startsWith("..") || rel === ".git" || rel.startsWith(`.git${sep2}`))
      return null;
    return rel.split(sep2).join("/");
  }
  record(path) {
    this.pending.add(path);
    if (this.timer)
      clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.o.debounceMs);
  }
  closeAll() {
    for (const watcher of this.dirs.values())
      watcher.close();
    this.dirs.clear();
    this.head?.close();
    this.head = null;
  }
  flush() {
    this.timer = null;
    if (this.pending.size === 0)
      return;
    const paths = [...this.pending].sort();
    this.pending.clear();
    this.o.onDrift(paths);
  }
};

// agent/dist/error-class.js
init_dist();
var REJECTED = /* @__PURE__ */ new Set([ErrorCode.PAYLOAD_INVALID, ErrorCode.PAYLOAD_NOT_ALLOWED, ErrorCode.PATH_OUTSIDE_BASE]);
function classifyFailure(err) {
  if (err instanceof ValidationError)
    return "rejected";
  if (err instanceof ZkDeployError) {
    if (REJECTED.has(err.code))
      return "rejected";
    if (STALLING_ERROR_CODES.has(err.code))
      return "stalling";
  }
  return "transient";
}
function statusError(err) {
  if (err instanceof ZkDeployError)
    return { code: err.code, message: err.message, ...err.hint ? { hint: err.hint } : {} };
  const message = err instanceof Error ? err.message : String(err);
  return { code: "ERR_INTERNAL", message };
}

// agent/dist/git-checkout.js
init_dist();
import { mkdir as mkdir3, rename as rename3, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { basename, join as join5 } from "node:path";

// agent/dist/checkout-head.js
import { isAbsolute as isAbsolute2, join as join4, resolve as resolve3 } from "node:path";
var OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function gitDirOf(dir) {
  const dotGit = join4(dir, ".git");
  const info = await stat(dotGit).catch(() => null);
  if (!info)
    return null;
  if (info.isDirectory())
    return dotGit;
  const text2 = await readFile2(dotGit, "utf8").catch(() => "");
  const match = /^gitdir: (.+)$/m.exec(text2);
  if (!match?.[1])
    return null;
  const gitDir = match[1].trim();
  return isAbsolute2(gitDir) ? gitDir : resolve3(dir, gitDir);
}
async function readDetachedHead(dir) {
  const gitDir = await gitDirOf(dir);
  if (!gitDir)
    return null;
  const head = (await readFile2(join4(gitDir, "HEAD"), "utf8").catch(() => "")).trim();
  return OBJECT_ID.test(head) ? head : null;
}
async function isCheckout(dir) {
  return await gitDirOf(dir) !== null;
}
async function readHead(dir) {
  const gitDir = await gitDirOf(dir);
  if (!gitDir)
    return null;
  const head = (await readFile2(join4(gitDir, "HEAD"), "utf8").catch(() => "")).trim();
  if (OBJECT_ID.test(head))
    return head;
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.includes(".."))
    return null;
  const loose = (await readFile2(join4(gitDir, ref), "utf8").catch(() => "")).trim();
  if (OBJECT_ID.test(loose))
    return loose;
  const packed = await readFile2(join4(gitDir, "packed-refs"), "utf8").catch(() => "");
  for (const line of packed.split("\n")) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && OBJECT_ID.test(sha))
      return sha;
  }
  return null;
}

// agent/dist/url-policy.js
init_dist();
var BOUNDARY_AFTER = /* @__PURE__ */ new Set(["/", ":", "@"]);
function matchesPrefix(url, prefix) {
  if (!url.startsWith(prefix))
    return false;
  if (url.length === prefix.length)
    return true;
  const last = prefix[prefix.length - 1] ?? "";
  const next = url[prefix.length] ?? "";
  return BOUNDARY_AFTER.has(last) || next === "/" || next === ":" || url.slice(prefix.length) === ".git";
}
function checkUrlAllowed(url, allowUrls) {
  if (allowUrls.length === 0 || allowUrls.some((prefix) => matchesPrefix(url, prefix)))
    return;
  throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, `url ${redactUrl(url)} is not allowed by this agent's --allow-url list`, {
    hint: `allowed prefixes: ${allowUrls.map(redactUrl).join(", ")}`
  });
}
function redactUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*):[^/@]*@/i, "$1$2:***@");
}

// agent/dist/git-checkout.js
var AGENT_CONFIG = ["-c", "gc.autoDetach=false", "-c", "maintenance.autoDetach=false", "-c", "core.symlinks=true"];
var QUIET = { stdout: false };
function git(cwd, args, ctx, extra = {}) {
  return runGit([...AGENT_CONFIG, ...ctx.config ?? [], ...args], {
    cwd,
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    env: ctx.env,
    ...extra
  });
}
async function initBareStore(dir, objectFormat, ctx) {
  const tmp = `${dir}.init-${process.pid}`;
  await rm2(tmp, { recursive: true, force: true });
  await git("/", ["init", "--bare", "--quiet", "--template=", `--object-format=${objectFormat}`, "--", tmp], ctx, QUIET);
  await rename3(tmp, dir);
}
async function hasCommit(gitDir, commitId, ctx) {
  const r = await git(gitDir, ["cat-file", "-e", `${commitId}^{commit}`], ctx, { okCodes: [1, 128] });
  return r.code === 0;
}
var UNREACHABLE = /could not read from remote|unable to access|does not appear to be a git repository|repository '[^']*' not found|connection refused|could not resolve host/i;
var FETCHED_REF = "refs/zkdeploy/fetched";
var FETCH_CONFIG = ["-c", "maintenance.auto=false", "-c", "fetch.showForcedUpdates=false"];
async function fetchCommit(gitDir, url, commitId, ctx) {
  const base = [...FETCH_CONFIG, "fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "--"];
  try {
    await git(gitDir, [...base, url, `+${commitId}:${FETCHED_REF}`], ctx, QUIET);
    return;
  } catch (err) {
    if (!(err instanceof GitError) || err.code === ErrorCode.GIT_TIMEOUT || ctx.signal?.aborted)
      throw err;
    if (UNREACHABLE.test(err.stderr)) {
      throw new ZkDeployError(ErrorCode.GIT_FAILED, `could not fetch from ${redactUrl(url)}: ${err.message}`, {
        cause: err,
        hint: "check that the repository exists and this host can reach it (credentials, network)"
      });
    }
  }
  await git(gitDir, [...base, url, "+refs/heads/*:refs/zkdeploy/heads/*"], ctx, QUIET);
  if (!await hasCommit(gitDir, commitId, ctx))
    throw commitNotFound(url, commitId);
}
function commitNotFound(url, commitId) {
  return new ZkDeployError(ErrorCode.COMMIT_NOT_FOUND, `commit ${commitId} was not found in ${redactUrl(url)}`, {
    hint: "push the commit before publishing it, or publish a commit that exists"
  });
}
async function addWorktree(gitDir, path, commitId, ctx) {
  const admin = join5(gitDir, "worktrees", basename(path));
  await rm2(admin, { recursive: true, force: true });
  await mkdir3(admin, { recursive: true });
  await mkdir3(path);
  await Promise.all([
    writeFile3(join5(admin, "commondir"), "../..\n"),
    writeFile3(join5(admin, "gitdir"), `${join5(path, ".git")}
`),
    writeFile3(join5(admin, "HEAD"), `${commitId}
`),
    writeFile3(join5(path, ".git"), `gitdir: ${admin}
`)
  ]);
  try {
    await git(path, ["checkout", "--quiet", "--force", "--detach", commitId, "--"], ctx, QUIET);
  } catch (err) {
    await Promise.all([rm2(path, { recursive: true, force: true }), rm2(admin, { recursive: true, force: true })]);
    throw err;
  }
}
async function collectGarbage(gitDir, ctx) {
  await git(gitDir, ["gc", "--auto", "--quiet"], ctx, QUIET);
}
async function pruneWorktrees(gitDir, ctx) {
  await git(gitDir, ["worktree", "prune"], ctx, QUIET);
}
async function checkoutExact(dir, commitId, ctx, untracked) {
  await git(dir, ["checkout", "--quiet", "--force", "--detach", commitId, "--"], ctx, QUIET);
  if (untracked !== "none-present")
    await git(dir, ["clean", "-q", "-f", "-f", "-d", ...untracked === "all" ? ["-x"] : [], "--"], ctx, QUIET);
  const head = await readDetachedHead(dir);
  if (head !== commitId) {
    throw new ZkDeployError(ErrorCode.HEAD_MISMATCH, `HEAD is ${head ?? "unknown"} after checkout, expected ${commitId}`);
  }
}
async function localChanges(dir, ctx) {
  const r = await git(dir, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules=all"], ctx);
  return r.stdout.split("\0").filter(Boolean).map((entry) => entry.slice(3));
}

// agent/dist/object-presence.js
import { closeSync, openSync, readSync } from "node:fs";
import { join as join6 } from "node:path";
var IDX_MAGIC = 4285812579;
var FANOUT_BYTES = 256 * 4;
async function storeHasObject(gitDir, id) {
  const objects = join6(gitDir, "objects");
  if (await stat(join6(objects, id.slice(0, 2), id.slice(2))).catch(() => null))
    return true;
  const names = await readdir(join6(objects, "pack")).catch(() => []);
  const raw = Buffer.from(id, "hex");
  for (const name of names) {
    if (name.endsWith(".idx") && packIndexHas(join6(objects, "pack", name), raw))
      return true;
  }
  return false;
}
function packIndexHas(file, raw) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(8 + FANOUT_BYTES);
    if (readSync(fd, head, 0, head.length, 0) < head.length)
      return false;
    if (head.readUInt32BE(0) !== IDX_MAGIC || head.readUInt32BE(4) !== 2)
      return false;
    const first = raw[0];
    const from = first === 0 ? 0 : head.readUInt32BE(8 + (first - 1) * 4);
    const to = head.readUInt32BE(8 + first * 4);
    if (to <= from)
      return false;
    const width = raw.length;
    const bucket = Buffer.alloc((to - from) * width);
    if (readSync(fd, bucket, 0, bucket.length, 8 + FANOUT_BYTES + from * width) < bucket.length)
      return false;
    return bucketHas(bucket, raw);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
function bucketHas(bucket, raw) {
  const width = raw.length;
  let lo = 0;
  let hi = bucket.length / width - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const order = bucket.compare(raw, 0, width, mid * width, (mid + 1) * width);
    if (order === 0)
      return true;
    if (order > 0)
      hi = mid - 1;
    else
      lo = mid + 1;
  }
  return false;
}

// agent/dist/release-command.js
init_dist();
import { spawn as spawn2 } from "node:child_process";
function runReleaseCommand(run) {
  const env = {
    ...process.env,
    ZKDEPLOY_COMMIT: run.facts.commit,
    ZKDEPLOY_PATH: run.facts.path,
    ZKDEPLOY_APP: run.facts.app,
    ZKDEPLOY_HOST: run.facts.host,
    ZKDEPLOY_CONFIG_VERSION: String(run.facts.configVersion)
  };
  return new Promise((resolve5, reject) => {
    const child = spawn2("sh", ["-c", run.command], { cwd: run.cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    const collect3 = (c) => {
      output = (output + c.toString("utf8")).slice(-16384);
    };
    child.stdout.on("data", collect3);
    child.stderr.on("data", collect3);
    let why = null;
    const killGroup = (reason) => {
      why = reason;
      try {
        if (child.pid)
          process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(() => killGroup(`timed out after ${run.timeoutMs} ms`), run.timeoutMs);
    const onAbort = () => killGroup("was aborted (agent stopping)");
    run.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (err) => {
      why = `could not start: ${err.message}`;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener("abort", onAbort);
      if (code === 0 && why === null)
        return resolve5(output);
      const result = why ?? `exited with ${code ?? signal}`;
      const last = tail(output, 10, 2e3);
      const code_ = run.kind === "check" ? ErrorCode.CHECK_FAILED : ErrorCode.EXEC_FAILED;
      const what = run.kind === "check" ? "--check command" : "--exec command";
      reject(new ZkDeployError(code_, `${what} ${result}${last ? `; output ends with: ${last}` : " with no output"}`, {
        hint: run.kind === "check" ? "the release was not activated; fix the commit or the check" : "the release is active; fix the command or publish a fix",
        details: { output: last }
      }));
    });
  });
}

// agent/dist/release-store.js
init_dist();
import { createHash as createHash3, randomBytes as randomBytes3 } from "node:crypto";
import { rm as rm3 } from "node:fs/promises";
import { basename as basename3, dirname as dirname4, join as join10, relative as relative4 } from "node:path";

// agent/dist/store-maintenance.js
import { join as join7 } from "node:path";
var GC_AUTO_LOOSE = 6700;
var GC_AUTO_PACKS = 50;
var SAMPLE_LIMIT = Math.floor((GC_AUTO_LOOSE + 255) / 256);
async function storeNeedsGc(gitDir) {
  const [sample, packs] = await Promise.all([
    readdir(join7(gitDir, "objects", "17")).catch(() => []),
    readdir(join7(gitDir, "objects", "pack")).catch(() => [])
  ]);
  const loose = sample.filter((n) => /^[0-9a-f]{38}(?:[0-9a-f]{24})?$/.test(n)).length;
  const keep = new Set(packs.filter((n) => n.endsWith(".keep")).map((n) => n.slice(0, -".keep".length)));
  const packCount = packs.filter((n) => n.endsWith(".pack") && !keep.has(n.slice(0, -".pack".length))).length;
  return loose > SAMPLE_LIMIT || packCount > GC_AUTO_PACKS;
}

// agent/dist/symlink-swap.js
import { randomBytes as randomBytes2 } from "node:crypto";
import { basename as basename2, dirname as dirname3, join as join8, relative as relative3, resolve as resolve4 } from "node:path";
var SWAP_MARK = ".zkdeploy-swap-";
async function swapSymlink(target, destination) {
  const parent = dirname3(target);
  const tmp = join8(parent, `.${basename2(target)}${SWAP_MARK}${randomBytes2(4).toString("hex")}`);
  await symlink(relative3(parent, destination), tmp);
  try {
    await rename2(tmp, target);
  } catch (err) {
    await unlink(tmp, { force: true });
    throw err;
  }
}
async function removeStaleSwapLinks(target) {
  const prefix = `.${basename2(target)}${SWAP_MARK}`;
  const names = await readdir(dirname3(target)).catch(() => []);
  await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => unlink(join8(dirname3(target), n), { force: true })));
}
async function linkDestination(path) {
  const dest = await readlink(path).catch(() => null);
  return dest === null ? null : resolve4(dirname3(path), dest);
}

// agent/dist/tree-listing.js
import { createHash as createHash2 } from "node:crypto";
import { join as join9 } from "node:path";
async function treeListingDigest(root) {
  const lines = [];
  let level = [""];
  try {
    while (level.length > 0) {
      const listed = await Promise.all(level.map(async (rel) => ({ rel, entries: await readdir(join9(root, rel), { withFileTypes: true }) })));
      const next = [];
      for (const { rel, entries } of listed) {
        for (const entry of entries) {
          const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
          const kind = entry.isDirectory() ? "d" : entry.isFile() ? "f" : entry.isSymbolicLink() ? "l" : "o";
          lines.push(`${kind} ${path}`);
          if (kind === "d")
            next.push(path);
        }
      }
      level = next;
    }
  } catch {
    return null;
  }
  lines.sort();
  const hash = createHash2("sha256");
  for (const line of lines)
    hash.update(line).update("\0");
  return hash.digest("hex");
}

// agent/dist/release-store.js
var SLOT_NAME = /^r-[0-9a-f]{8}$/;
var GC_RETRY_MS = 24 * 60 * 60 * 1e3;
var ReleaseStore = class {
  baseDir;
  target;
  objectFormat;
  keep;
  root;
  gitDir;
  releasesDir;
  recovered = false;
  gcQuietUntil = 0;
  constructor(baseDir, target, objectFormat, keep) {
    this.baseDir = baseDir;
    this.target = target;
    this.objectFormat = objectFormat;
    this.keep = keep;
    const rel = relative4(baseDir, target);
    const slug = rel.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60);
    const hash = createHash3("sha256").update(`${rel}\0${objectFormat}`).digest("hex").slice(0, 12);
    this.root = join10(baseDir, AGENT_DIR_NAME, "checkouts", `${slug}-${hash}`);
    this.gitDir = join10(this.root, "repo.git");
    this.releasesDir = join10(this.root, "releases");
  }
  /** Reads what the target holds, from files only (no git process). */
  async observe() {
    const info = await lstat(this.target).catch(() => null);
    if (!info)
      return { kind: "missing" };
    if (info.isSymbolicLink()) {
      const dest = await linkDestination(this.target);
      if (!dest || dirname4(dest) !== this.releasesDir || !SLOT_NAME.test(basename3(dest))) {
        return { kind: "foreign", why: `is a symlink to ${dest ?? "nowhere"}, which the agent did not make` };
      }
      const head = await readDetachedHead(dest);
      if (head === null && !await stat(join10(dest, ".git")).catch(() => null))
        return { kind: "missing" };
      return { kind: "release", slot: dest, head, marker: await this.readMarker(dest) };
    }
    if (info.isDirectory() && await isCheckout(this.target))
      return { kind: "plain", head: await readHead(this.target) };
    return { kind: "foreign", why: "exists but is not a git checkout" };
  }
  async init(objectFormat, ctx) {
    await rm3(this.gitDir, { recursive: true, force: true });
    await initBareStore(this.gitDir, objectFormat, ctx);
  }
  /** True once this process has set the store up and cleared what a crash left (see `ensure`). */
  get ready() {
    return this.recovered;
  }
  /** True when the store's repository is present (it may have been removed from under the agent). */
  async exists() {
    return await stat(join10(this.gitDir, "HEAD")).catch(() => null) !== null;
  }
  /** Creates the store on first use; on the first call of this process, clears what a crash left behind. */
  async ensure(active, ctx) {
    await mkdir(this.releasesDir, { recursive: true });
    const fresh = !await stat(join10(this.gitDir, "HEAD")).catch(() => null);
    if (fresh)
      await this.init(this.objectFormat, ctx);
    await mkdir(join10(this.gitDir, "worktrees"), { recursive: true });
    if (this.recovered)
      return;
    await this.recover(active, fresh, ctx);
    this.recovered = true;
  }
  /**
   * Picks the release to prepare for `commit`: an inactive one already at it
   * (rollback), a new one while fewer than `keep` exist, else the least
   * recently activated inactive one.
   */
  async chooseSlot(commit, active) {
    const slots = (await this.slots()).filter((s) => s !== active);
    const heads = await Promise.all(slots.map((s) => readDetachedHead(s)));
    const holding = heads.indexOf(commit);
    if (holding >= 0)
      return { path: slots[holding], exists: true, head: commit };
    if (slots.length + (active ? 1 : 0) < this.keep || slots.length === 0) {
      return { path: join10(this.releasesDir, `r-${randomBytes3(4).toString("hex")}`), exists: false, head: null };
    }
    const ages = await Promise.all(slots.map(async (s, i) => ({ s, head: heads[i] ?? null, at: (await this.readMarker(s))?.activatedAt ?? "" })));
    ages.sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
    const oldest = ages[0];
    return { path: oldest.s, exists: true, head: oldest.head };
  }
  /**
   * Brings `slot` to exactly `commit` (the commit must be in the store).
   * Returns the digest of the names the clean release holds, for `activate`
   * to record (null when it could not be read).
   */
  async prepare(slot, commit, ctx) {
    const [previous, current] = await Promise.all([slot.exists ? this.readMarker(slot.path) : null, slot.exists ? readDetachedHead(slot.path) : null]);
    await unlink(this.markerPath(slot.path), { force: true });
    if (slot.exists && current !== null) {
      const untouched = previous?.tree !== void 0 && await treeListingDigest(slot.path) === previous.tree;
      await checkoutExact(slot.path, commit, ctx, untouched ? "none-present" : "all");
      return treeListingDigest(slot.path);
    }
    await rm3(slot.path, { recursive: true, force: true });
    if (slot.exists)
      await pruneWorktrees(this.gitDir, ctx);
    await addWorktree(this.gitDir, slot.path, commit, ctx);
    const head = await readDetachedHead(slot.path);
    if (head !== commit)
      throw new ZkDeployError(ErrorCode.HEAD_MISMATCH, `HEAD is ${head ?? "unknown"} after checkout, expected ${commit}`);
    return treeListingDigest(slot.path);
  }
  /**
   * Makes `slot` the target: records its marker, moves a plain checkout out
   * of the way (migration), then swaps the symlink atomically.
   */
  async activate(slot, commit, execPending, tree) {
    const marker = { commit, activatedAt: (/* @__PURE__ */ new Date()).toISOString(), exec: execPending ? "pending" : "done" };
    if (tree !== null)
      marker.tree = tree;
    await this.writeMarker(slot, marker);
    const info = await lstat(this.target).catch(() => null);
    if (info?.isDirectory()) {
      const attic = join10(this.baseDir, AGENT_DIR_NAME, "attic");
      await mkdir(attic, { recursive: true });
      const kept = join10(attic, `${basename3(this.root)}-${(/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-")}`);
      await rename2(this.target, kept);
    }
    await swapSymlink(this.target, slot);
  }
  /** Records that the post-deploy command has run for the active release. */
  async markExecDone(slot) {
    const marker = await this.readMarker(slot);
    if (marker)
      await this.writeMarker(slot, { ...marker, exec: "done" });
  }
  /** Removes inactive releases beyond `keep` (oldest first). */
  async prune(active, ctx) {
    const others = (await this.slots()).filter((s) => s !== active);
    if (others.length + 1 <= this.keep)
      return;
    const ages = await Promise.all(others.map(async (s) => ({ s, at: (await this.readMarker(s))?.activatedAt ?? "" })));
    ages.sort((a, b) => a.at < b.at ? -1 : 1);
    for (const { s } of ages.slice(0, others.length + 1 - this.keep))
      await this.removeSlot(s);
    await pruneWorktrees(this.gitDir, ctx);
  }
  /**
   * Collects garbage in the store when git's `gc --auto` limits are exceeded
   * (see store-maintenance.ts). When gc leaves them exceeded (recent
   * unreachable objects stay loose for two weeks), it is not tried again for a
   * day, as git itself does with its gc.log.
   */
  async maintain(ctx) {
    if (Date.now() < this.gcQuietUntil || !await storeNeedsGc(this.gitDir))
      return false;
    await collectGarbage(this.gitDir, ctx);
    if (await storeNeedsGc(this.gitDir))
      this.gcQuietUntil = Date.now() + GC_RETRY_MS;
    return true;
  }
  /** The path of the release worktree's HEAD file, for the drift watcher. */
  async headFileOf(slot) {
    const gitDir = await gitDirOf(slot);
    return gitDir ? join10(gitDir, "HEAD") : null;
  }
  async recover(active, freshStore, ctx) {
    await removeStaleSwapLinks(this.target);
    await removeLockFiles(this.gitDir);
    for (const name of await readdir(this.root).catch(() => [])) {
      if (name.startsWith("repo.git.init-"))
        await rm3(join10(this.root, name), { recursive: true, force: true });
    }
    for (const slot of await this.slots()) {
      if (slot !== active && await readDetachedHead(slot) === null)
        await this.removeSlot(slot);
    }
    if (!freshStore)
      await pruneWorktrees(this.gitDir, ctx);
  }
  async slots() {
    const names = await readdir(this.releasesDir).catch(() => []);
    return names.filter((n) => SLOT_NAME.test(n)).map((n) => join10(this.releasesDir, n));
  }
  async removeSlot(slot) {
    await unlink(this.markerPath(slot), { force: true });
    await rm3(slot, { recursive: true, force: true });
  }
  markerPath(slot) {
    return `${slot}.json`;
  }
  async readMarker(slot) {
    try {
      const value = JSON.parse(await readFile2(this.markerPath(slot), "utf8"));
      if (typeof value.commit !== "string" || typeof value.activatedAt !== "string")
        return null;
      const marker = { commit: value.commit, activatedAt: value.activatedAt, exec: value.exec === "pending" ? "pending" : "done" };
      if (typeof value.tree === "string" && /^[0-9a-f]{64}$/.test(value.tree))
        marker.tree = value.tree;
      return marker;
    } catch {
      return null;
    }
  }
  /** Written to a temporary file and renamed, so a crash never leaves half a marker. */
  async writeMarker(slot, marker) {
    const tmp = `${this.markerPath(slot)}.tmp`;
    await writeFile2(tmp, `${JSON.stringify(marker)}
`);
    await rename2(tmp, this.markerPath(slot));
  }
};
async function removeLockFiles(gitDir) {
  const dirs = [gitDir, join10(gitDir, "refs", "zkdeploy", "heads")];
  for (const name of await readdir(join10(gitDir, "worktrees")).catch(() => []))
    dirs.push(join10(gitDir, "worktrees", name));
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => []);
    await Promise.all(names.filter((n) => n.endsWith(".lock")).map((n) => unlink(join10(dir, n), { force: true })));
  }
}

// agent/dist/reconciler.js
var Reconciler = class {
  o;
  desired = null;
  attempt = { version: -1, attempts: 0, stalled: "no", retryTimer: null };
  target = null;
  /** The active release last proven clean (by our own activation or git status) and not touched since. */
  verified = null;
  runner = new CoalescingRunner(() => this.reconcile());
  constructor(o) {
    this.o = o;
  }
  /** Records the latest desired state (from the data watch or a resync) and reconciles. */
  setDesired(data, stat2) {
    this.desired = stat2 ? { data, version: stat2.version } : null;
    return this.trigger();
  }
  /** Reconciles against the latest desired state. */
  trigger() {
    if (this.o.signal.aborted)
      return Promise.resolve();
    return this.runner.trigger();
  }
  /** Resolves when no reconcile is running. */
  idle() {
    return this.runner.idle();
  }
  async stop() {
    if (this.attempt.retryTimer)
      clearTimeout(this.attempt.retryTimer);
    await this.target?.watcher?.stop();
  }
  async reconcile() {
    const desired = this.desired;
    if (!desired || !this.o.zk.isConnected || this.o.signal.aborted)
      return;
    if (desired.version !== this.attempt.version)
      this.resetAttempt(desired.version);
    if (this.attempt.stalled !== "no")
      return;
    let payload = null;
    const started = Date.now();
    try {
      payload = this.admit(desired.data);
      const target = await this.targetFor(payload);
      const early = Promise.resolve("not-started");
      const run = { payload, version: desired.version, started, target, log: this.o.log.child({ commit: payload.commitId }), early };
      await this.o.locks.with(target.store.root, () => this.converge(run));
    } catch (err) {
      await this.onFailure(err, payload, desired.version, started);
    }
  }
  /** Parses and checks the payload against this agent's policy; throws what makes it `rejected`. */
  admit(data) {
    const payload = parsePayload(data);
    checkUrlAllowed(payload.url, this.o.allowUrls);
    if (this.o.trustKeys.length > 0)
      verifyPayloadSignature(payload, this.o.trustKeys);
    return payload;
  }
  async targetFor(payload) {
    const path = await resolveTarget(this.o.baseDir, payload.relativePath);
    const format = payload.commitId.length === 64 ? "sha256" : "sha1";
    const store = new ReleaseStore(await realpath(this.o.baseDir), path, format, this.o.keepReleases);
    if (this.target?.store.root === store.root)
      return this.target;
    await this.target?.watcher?.stop();
    this.verified = null;
    this.target = { path, store, watcher: null };
    return this.target;
  }
  /** Compares the target with the payload and does the one thing needed; a fetch started early ends before the lock is released. */
  async converge(run) {
    run.early = this.prefetch(run);
    try {
      await this.convergeTarget(run);
    } finally {
      await run.early.catch((err) => run.log.debug({ err }, "early fetch failed"));
    }
  }
  /**
   * Starts fetching the commit at once, while the target is inspected, when
   * the store is set up (this process has recovered it and it still exists)
   * and lacks the commit: the fetch is most of a deploy's time, and the
   * inspection that decides whether to deploy only reads local files. A
   * fetch turns out unneeded only when the target is foreign or drifted, and
   * then it has only added objects to the store. Failures surface when the
   * deploy awaits it.
   */
  async prefetch(run) {
    const { store } = run.target;
    if (!store.ready || !await store.exists())
      return "not-started";
    if (await storeHasObject(store.gitDir, run.payload.commitId))
      return "present";
    return await this.fetchIfMissing(run, false) ? "fetched" : "superseded";
  }
  async convergeTarget(run) {
    const { store } = run.target;
    const observed = await store.observe();
    if (observed.kind === "foreign") {
      throw new ZkDeployError(ErrorCode.TARGET_NOT_A_CHECKOUT, `${run.target.path} ${observed.why}; refusing to replace it`, {
        hint: "move it away or publish another relativePath"
      });
    }
    await store.ensure(observed.kind === "release" ? observed.slot : null, this.git());
    this.startWatcher(run.target);
    const active = observed.kind === "release" ? observed.slot : null;
    if (active)
      await run.target.watcher?.setActive(active, await store.headFileOf(active));
    const drift = await this.driftOf(observed);
    if (drift.length > 0 && !await this.onDrift(run, observed, drift))
      return;
    if (observed.kind === "release" && observed.head === run.payload.commitId && drift.length === 0) {
      await this.settle(run, observed.slot, observed.marker?.exec === "pending");
      return;
    }
    await this.deploy(run, active, observed.kind === "release" || observed.kind === "plain" ? observed.head : null);
  }
  /**
   * Local changes of what is at the target: none when the active release is
   * the one last proven clean and the watcher saw nothing since (no git
   * process); otherwise a moved HEAD and `git status`.
   */
  async driftOf(observed) {
    if (observed.kind === "missing" || observed.kind === "foreign")
      return [];
    const dir = observed.kind === "release" ? observed.slot : this.target.path;
    const expected = observed.kind === "release" ? observed.marker?.commit ?? observed.head : observed.head;
    if (observed.kind === "release" && this.verified?.slot === dir && this.verified.commit === observed.head && expected === observed.head)
      return [];
    const paths = observed.head !== expected || observed.head === null ? ["HEAD"] : [];
    paths.push(...await localChanges(dir, this.git()));
    if (paths.length === 0 && observed.kind === "release" && observed.head)
      this.verified = { slot: dir, commit: observed.head };
    return paths;
  }
  /** Reports drift, or with --self-heal repairs it; returns true when the deploy may go on. */
  async onDrift(run, observed, paths) {
    const head = observed.kind === "release" || observed.kind === "plain" ? observed.head : null;
    const shown = paths.slice(0, 10).join(", ") + (paths.length > 10 ? `, \u2026 (${paths.length} paths)` : "");
    this.verified = null;
    run.log.warn({ paths: paths.slice(0, 100), selfHeal: this.o.selfHeal }, "checkout drifted");
    await this.write("drifted", run.payload, run.version, head, run.started, {
      code: ErrorCode.DRIFTED,
      message: `checkout ${run.payload.relativePath} was changed locally (${shown}); ${this.o.selfHeal ? "restoring it (--self-heal)" : "nothing was deployed over it"}`,
      hint: "undo the local changes, or run the agent with --self-heal to restore the checkout",
      paths: paths.slice(0, 1e3)
    });
    this.o.metrics?.deployed(this.o.app, "drifted", (Date.now() - run.started) / 1e3);
    if (!this.o.selfHeal) {
      this.attempt.stalled = "drift";
      return false;
    }
    if (observed.kind === "release" && (observed.head === run.payload.commitId || observed.marker?.commit === run.payload.commitId)) {
      const slot = observed.slot;
      await this.drained(() => checkoutExact(slot, run.payload.commitId, this.git(), "not-ignored"));
      this.verified = { slot, commit: run.payload.commitId };
      await this.settle(run, slot, false);
      return false;
    }
    run.log.warn({ paths: paths.slice(0, 100) }, "checkout drifted; self-heal deploys a fresh release over it");
    return true;
  }
  /** The target already holds the commit: finish a pending --exec, and report ok when not yet reported. */
  async settle(run, slot, execPending) {
    if (execPending && this.o.exec)
      await this.drained(() => this.finishExec(run, slot));
    const last = this.o.status.current;
    this.o.metrics?.commit(this.o.app, run.payload.commitId, run.payload.relativePath);
    if (last?.state === "ok" && last.configVersion === run.version && last.commitId === run.payload.commitId && this.o.status.saved)
      return;
    await this.write("ok", run.payload, run.version, run.payload.commitId, run.started);
  }
  /**
   * deploying → fetch (if missing) → prepare an inactive release → --check →
   * swap → --exec → ok; stops early when superseded. The `deploying` record
   * is written while the release is prepared (nothing the target shows
   * changes before the swap), and always lands before the swap and before
   * any later record.
   */
  async deploy(run, active, head) {
    const { store } = run.target;
    this.attempt.attempts++;
    const deploying = this.write("deploying", run.payload, run.version, head, run.started);
    let slot;
    let tree;
    try {
      const [chosen, early] = await Promise.all([store.chooseSlot(run.payload.commitId, active), run.early]);
      slot = chosen;
      if (early === "superseded")
        return;
      if (early === "not-started") {
        const present = slot.head === run.payload.commitId || await storeHasObject(store.gitDir, run.payload.commitId);
        if (!await this.fetchIfMissing(run, present))
          return;
      }
      const prepared = await this.prepareRelease(run, slot);
      if (prepared === false)
        return;
      tree = prepared;
    } finally {
      await deploying;
    }
    await this.activateRelease(run, slot.path, tree);
  }
  /** Fetches the commit unless the store or the chosen release has it (`present`); false when superseded meanwhile. */
  async fetchIfMissing(run, present) {
    const { commitId, url } = run.payload;
    const { gitDir } = run.target.store;
    if (present)
      return true;
    if (this.o.splayMs > 0) {
      const delayMs = Math.round(Math.random() * this.o.splayMs);
      run.log.debug({ delayMs }, "waiting --splay before fetching");
      await sleep(delayMs, this.o.signal);
    }
    if (this.superseded(run))
      return false;
    run.log.info({ url: redactUrl(url) }, "fetching");
    await fetchCommit(gitDir, url, commitId, this.git());
    return !this.superseded(run);
  }
  /**
   * Brings the inactive release to the commit and runs --check in it; false
   * when superseded meanwhile, else the release's name digest (see
   * ReleaseStore.prepare).
   */
  async prepareRelease(run, slot) {
    run.log.info({ release: slot.path, reuse: slot.exists }, "checking out");
    const tree = await run.target.store.prepare(slot, run.payload.commitId, this.git()).catch((err) => this.notACommit(run, err));
    if (this.o.check) {
      run.log.info("running --check");
      const facts = this.facts(run, slot.path);
      await runReleaseCommand({ kind: "check", command: this.o.check, cwd: slot.path, facts, timeoutMs: this.o.execTimeoutMs, signal: this.o.signal });
    }
    return this.superseded(run) ? false : this.o.check ? null : tree;
  }
  /**
   * A checkout that failed because the id names no commit (a tree or blob
   * fetched by id, or an object the store holds) is the stalling "not found";
   * anything else is rethrown as it is. Checked here, on failure, so that a
   * deploy costs no `git cat-file` of its own.
   */
  async notACommit(run, err) {
    const { commitId, url } = run.payload;
    if (!(err instanceof GitError) || err.code === ErrorCode.GIT_TIMEOUT || this.o.signal.aborted)
      throw err;
    if (!await hasCommit(run.target.store.gitDir, commitId, this.git()))
      throw commitNotFound(url, commitId);
    throw err;
  }
  /** Swaps the release in, runs --exec (out of rotation with --drain-during-deploy), forgets old releases, reports ok. */
  async activateRelease(run, slot, tree) {
    const { store } = run.target;
    const { commitId } = run.payload;
    await run.target.watcher?.setActive(slot, await store.headFileOf(slot));
    await this.drained(async () => {
      await store.activate(slot, commitId, this.o.exec !== void 0, tree);
      this.verified = { slot, commit: commitId };
      run.log.info({ release: slot }, "activated");
      if (this.o.exec)
        await this.finishExec(run, slot);
    });
    await store.prune(slot, this.git()).catch((err) => run.log.warn({ err }, "could not remove old releases"));
    await this.settle(run, slot, false);
    this.o.metrics?.deployed(this.o.app, "ok", (Date.now() - run.started) / 1e3);
    await store.maintain(this.git()).then((ran) => ran && run.log.info("collected garbage in the release store")).catch((err) => run.log.warn({ err }, "could not collect garbage in the release store"));
  }
  /** Runs the step that changes what the target shows between the activation hooks' drain and restore. */
  async drained(step) {
    await this.o.activation?.drain();
    try {
      return await step();
    } finally {
      await this.o.activation?.restore();
    }
  }
  /** Runs --exec in the target and records in the release marker that it ran. */
  async finishExec(run, slot) {
    await this.runExec(run);
    await run.target.store.markExecDone(slot);
  }
  async runExec(run) {
    run.log.info("running --exec");
    await runReleaseCommand({
      kind: "exec",
      command: this.o.exec,
      cwd: run.target.path,
      facts: this.facts(run, run.target.path),
      timeoutMs: this.o.execTimeoutMs,
      signal: this.o.signal
    });
  }
  facts(run, path) {
    return { commit: run.payload.commitId, path, app: this.o.app, host: this.o.host, configVersion: run.version };
  }
  /** A newer config arrived while this deploy ran: stop before activating; the runner goes again. */
  superseded(run) {
    const latest = this.desired?.version;
    if (latest === void 0 || latest === run.version)
      return false;
    run.log.info({ version: run.version, latest }, "superseded by a newer config; skipping to it");
    return true;
  }
  startWatcher(target) {
    if (!this.o.driftWatch || target.watcher)
      return;
    target.watcher = new DriftWatcher({
      debounceMs: this.o.driftDebounceMs ?? 300,
      log: this.o.log,
      onDrift: (paths) => {
        this.o.log.debug({ paths: paths.slice(0, 20) }, "change seen in the active release");
        this.verified = null;
        if (this.attempt.stalled === "drift")
          this.attempt.stalled = "no";
        void this.trigger();
      }
    });
  }
  git() {
    return { timeoutMs: this.o.gitTimeoutMs, signal: this.o.signal, env: this.o.git.env, config: this.o.git.config };
  }
  async onFailure(err, payload, version, started) {
    if (this.o.signal.aborted)
      return;
    const error = statusError(err);
    const kind = classifyFailure(err);
    const state = kind === "rejected" ? "rejected" : "failed";
    const head = this.target ? await headOrNull(this.target.store) : null;
    this.o.log.error({ err: error, kind, attempts: this.attempt.attempts }, `deploy ${state}`);
    await this.write(state, payload, version, head, started, error);
    this.o.metrics?.deployed(this.o.app, state, (Date.now() - started) / 1e3);
    if (kind === "transient")
      this.scheduleRetry();
    else
      this.attempt.stalled = "failure";
  }
  scheduleRetry() {
    const delay = backoffDelay(Math.max(0, this.attempt.attempts - 1), this.o.retryBaseMs ?? 1e3, this.o.retryMaxMs ?? 6e4);
    this.o.log.info({ delayMs: delay, attempts: this.attempt.attempts }, "retrying after a transient failure");
    this.attempt.retryTimer = setTimeout(() => void this.trigger(), delay);
  }
  resetAttempt(version) {
    if (this.attempt.retryTimer)
      clearTimeout(this.attempt.retryTimer);
    this.attempt = { version, attempts: 0, stalled: "no", retryTimer: null };
  }
  async write(state, payload, version, commitId, started, error = null) {
    const attempts = Math.max(1, this.attempt.attempts);
    this.o.metrics?.reported(this.o.app, state, version, attempts);
    return this.o.status.write({
      state,
      commitId,
      desiredCommitId: payload?.commitId ?? null,
      configVersion: version,
      error,
      durationMs: state === "deploying" ? null : Date.now() - started,
      attempts
    });
  }
};
async function headOrNull(store) {
  const observed = await store.observe().catch(() => null);
  return observed && (observed.kind === "release" || observed.kind === "plain") ? observed.head : null;
}

// agent/dist/status-writer.js
init_dist();
var StatusWriter = class {
  zk;
  path;
  host;
  log;
  acl;
  last = null;
  lastSaved = false;
  constructor(zk, path, host, log, acl) {
    this.zk = zk;
    this.path = path;
    this.host = host;
    this.log = log;
    this.acl = acl;
  }
  /** The last record written (or attempted). */
  get current() {
    return this.last;
  }
  /** False when the last write did not reach ZooKeeper (it must be written again). */
  get saved() {
    return this.lastSaved;
  }
  /** Writes the record; a ZooKeeper failure is logged, never thrown (the next reconcile writes again). */
  async write(update) {
    const record = {
      ...update,
      host: this.host,
      error: update.error ?? null,
      updatedAt: (/* @__PURE__ */ new Date()).toISOString(),
      durationMs: update.durationMs ?? null,
      attempts: update.attempts ?? 1,
      agentVersion: AGENT_VERSION
    };
    this.last = record;
    this.lastSaved = false;
    const data = encodeStatus(record);
    try {
      await retryIdempotent(() => this.setOrCreate(data), { attempts: 3 });
      this.lastSaved = this.last === record;
      return true;
    } catch (err) {
      this.log.warn({ err, state: record.state }, "could not write status");
      return false;
    }
  }
  async setOrCreate(data) {
    try {
      await this.zk.set(this.path, data, -1);
    } catch (err) {
      if (!hasZkCode(err, ErrorCode.ZK_NO_NODE))
        throw err;
      try {
        await this.zk.create(this.path, data, "persistent", this.acl);
      } catch (createErr) {
        if (!hasZkCode(createErr, ErrorCode.ZK_NODE_EXISTS))
          throw createErr;
        await this.zk.set(this.path, data, -1);
      }
    }
  }
};

// agent/dist/app-agent.js
var AppAgent = class {
  zk;
  o;
  abort = new AbortController();
  watch = null;
  registration = null;
  resyncTimer = null;
  unsubscribe = null;
  reconciler;
  layout;
  log;
  constructor(zk, o) {
    this.zk = zk;
    this.o = o;
    this.layout = new ZnodeLayout(o.app);
    this.log = o.log.child({ app: o.app });
    const status = new StatusWriter(zk, this.layout.hostStatus(o.host), o.host, this.log, o.nodeAcl);
    this.reconciler = new Reconciler({ ...o, zk, status, log: this.log, signal: this.abort.signal });
  }
  /** True once registered under `B/agents` (and not stopped). */
  get registered() {
    return this.registration !== null && !this.abort.signal.aborted;
  }
  /** Registers, then starts watching and reconciling. */
  async start() {
    await this.zk.ensurePath(this.layout.agents);
    await this.zk.ensurePath(this.layout.status);
    this.registration = await EphemeralNode.register(this.zk, this.layout.agent(this.o.host), this.registrationData(), {
      acl: this.o.nodeAcl,
      // Lets a restart faster than the session timeout replace its own previous node at once.
      sessionFile: join11(this.o.baseDir, AGENT_DIR_NAME, `registration${this.o.app.replace(/\//g, "_")}.json`),
      onError: (err) => this.log.error({ err }, "could not re-register after a new session")
    });
    this.unsubscribe = this.zk.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED)
        void this.resync();
    });
    this.watch = new DataWatch(this.zk, this.layout.config, (data, stat2) => void this.reconciler.setDesired(data, stat2));
    this.scheduleResync();
    this.log.info({ baseDir: this.o.baseDir, version: AGENT_VERSION }, "agent serving app");
  }
  /** Stops cleanly: aborts git work and commands in progress, removes the registration. */
  async stop() {
    this.abort.abort(new Error("agent stopping"));
    this.watch?.stop();
    this.unsubscribe?.();
    if (this.resyncTimer)
      clearTimeout(this.resyncTimer);
    await this.reconciler.stop();
    await this.reconciler.idle();
    await this.registration?.remove().catch((err) => this.log.warn({ err }, "could not remove registration"));
  }
  /** Level-triggered: read the config afresh and reconcile, whatever the watch said. */
  async resync() {
    if (this.abort.signal.aborted)
      return;
    this.log.debug("resync");
    try {
      const result = await this.zk.get(this.layout.config);
      await this.reconciler.setDesired(result?.data ?? null, result?.stat ?? null);
    } catch (err) {
      this.log.debug({ err }, "resync read failed; the next reconnect or resync retries");
    }
  }
  scheduleResync() {
    const delay = Math.round(this.o.resyncMs * (0.8 + Math.random() * 0.4));
    this.resyncTimer = setTimeout(() => {
      void this.resync().finally(() => {
        if (!this.abort.signal.aborted)
          this.scheduleResync();
      });
    }, delay);
  }
  registrationData() {
    return Buffer.from(JSON.stringify({
      host: this.o.host,
      pid: process.pid,
      version: AGENT_VERSION,
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      baseDir: this.o.baseDir
    }));
  }
};

// agent/dist/group-service-components.js
init_dist();

// agent/dist/group-member.js
init_dist();

// agent/dist/role-command-runner.js
import { spawn as spawn3 } from "node:child_process";
var KILL_GRACE_MS = 5e3;
function commandEnv() {
  const env = { ...process.env };
  delete env["ZKDEPLOY_AUTH"];
  return env;
}
var RoleCommandRunner = class {
  o;
  desired = null;
  lastStarted = null;
  child = null;
  loop = null;
  constructor(o) {
    this.o = o;
  }
  /** Enters `role`; resolves once its command (if any) has finished. */
  enter(role, reason) {
    this.desired = role;
    this.o.log.info({ role, reason }, `entering ${role}`);
    if (this.child?.role === "primary" && role === "standby") {
      this.kill(this.child.process, "stepping down");
      this.lastStarted = null;
    }
    this.loop ??= this.drain().finally(() => {
      this.loop = null;
    });
    return this.loop;
  }
  /** Resolves when no command runs. */
  async idle() {
    while (this.loop)
      await this.loop;
  }
  async drain() {
    while (this.desired !== null && this.desired !== this.lastStarted) {
      const role = this.desired;
      this.lastStarted = role;
      const command2 = role === "primary" ? this.o.onPrimary : this.o.onStandby;
      if (command2)
        await this.run(role, command2);
    }
  }
  run(role, command2) {
    const log = this.o.log.child({ role });
    const started = Date.now();
    return new Promise((resolve5) => {
      const child = spawn3("sh", ["-c", command2], {
        cwd: this.o.cwd,
        env: { ...commandEnv(), ...this.o.env, ZKDEPLOY_ROLE: role },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true
      });
      this.child = { role, process: child };
      let output = "";
      const collect3 = (chunk) => {
        if (output.length < 4096)
          output += chunk.toString("utf8");
      };
      child.stdout?.on("data", collect3);
      child.stderr?.on("data", collect3);
      const timer = setTimeout(() => this.kill(child, `timed out after ${this.o.timeoutMs} ms`), this.o.timeoutMs);
      const finish = (code, signal, err) => {
        clearTimeout(timer);
        if (this.child?.process === child)
          this.child = null;
        const fields = { code, signal, durationMs: Date.now() - started, output: output.trim().slice(0, 4096) || void 0 };
        if (err)
          log.error({ err }, `--on-${role} could not be started`);
        else if (code === 0)
          log.info(fields, `--on-${role} finished`);
        else
          log.error(fields, `--on-${role} failed`);
        resolve5();
      };
      child.once("error", (err) => finish(null, null, err));
      child.once("close", (code, signal) => finish(code, signal));
    });
  }
  kill(child, why) {
    if (child.pid === void 0 || child.exitCode !== null || child.signalCode !== null)
      return;
    this.o.log.warn({ pid: child.pid, why }, "stopping a role command");
    const signalGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
      }
    };
    signalGroup("SIGTERM");
    const hard = setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS);
    hard.unref();
    child.once("close", () => clearTimeout(hard));
  }
};

// agent/dist/group-member.js
var GroupMember = class {
  election;
  runner;
  log;
  constructor(zk, o) {
    this.log = o.log.child({ component: "group", group: o.group, app: o.app });
    this.runner = new RoleCommandRunner({
      onPrimary: o.onPrimary,
      onStandby: o.onStandby,
      timeoutMs: o.commandTimeoutMs,
      cwd: o.cwd,
      env: { ZKDEPLOY_GROUP: o.group, ZKDEPLOY_HOST: o.host, ZKDEPLOY_APP: o.app },
      log: this.log
    });
    const data = { host: o.host, pid: process.pid, since: (/* @__PURE__ */ new Date()).toISOString() };
    this.election = new LeaderElection(zk, new ZnodeLayout(o.app).group(o.group), (leader, reason) => this.runner.enter(leader ? "primary" : "standby", reason), { data, acl: o.acl, logger: this.log });
  }
  /** Joins the group. */
  start() {
    this.election.start();
  }
  /** True while this agent is the group's primary. */
  get isPrimary() {
    return this.election.isLeader;
  }
  /** Steps down (running --on-standby if primary), leaves the group, and waits for any role command. */
  async stop() {
    await this.election.close();
    await this.runner.idle();
  }
};

// agent/dist/service-registration.js
init_dist();
var ServiceRegistration = class {
  zk;
  o;
  path;
  healthy = false;
  lastDetail = "";
  draining = 0;
  stopped = false;
  timer = null;
  unsubscribe = null;
  registeredSince = null;
  reconciler = new CoalescingRunner(() => this.reconcile());
  log;
  constructor(zk, o) {
    this.zk = zk;
    this.o = o;
    this.path = `${new ZnodeLayout(o.app).service(o.service.name)}/${o.agentHost}`;
    const { name, host, port } = o.service;
    this.log = o.log.child({ component: "service", service: name, endpoint: `${host}:${port}` });
  }
  /** Starts checking (the first check runs at once). */
  start() {
    this.unsubscribe = this.zk.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED || change.state === ConnectionState.CONNECTED)
        void this.reconciler.trigger();
    });
    void this.checkAndSchedule();
  }
  /** Whether the last health check passed. */
  get isHealthy() {
    return this.healthy;
  }
  /** Takes the endpoint out of rotation until `restore()`; resolves once the node is gone (or ZooKeeper could not be told). */
  async drain() {
    this.draining++;
    await this.reconciler.trigger();
  }
  /** Ends one `drain()`: checks health at once and registers again if healthy. */
  async restore() {
    this.draining = Math.max(0, this.draining - 1);
    await this.check();
  }
  /** Stops checking and deletes the node. */
  async stop() {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer)
      clearTimeout(this.timer);
    await this.reconciler.trigger();
  }
  async checkAndSchedule() {
    await this.check();
    if (!this.stopped)
      this.timer = setTimeout(() => void this.checkAndSchedule(), this.o.intervalMs);
  }
  async check() {
    if (this.stopped)
      return;
    const { host, port, health } = this.o.service;
    const result = await runHealthCheck(health, host, port, Math.min(this.o.intervalMs, 5e3));
    if (result.ok !== this.healthy || !result.ok && result.detail !== this.lastDetail) {
      if (result.ok)
        this.log.info({ detail: result.detail }, "health check passes");
      else
        this.log.warn({ detail: result.detail }, "health check fails");
    }
    this.healthy = result.ok;
    this.lastDetail = result.detail;
    await this.reconciler.trigger();
  }
  /** Makes ZooKeeper match: the node exists (ours) exactly when healthy, not draining and not stopped. */
  async reconcile() {
    if (!this.zk.isConnected)
      return;
    const wanted = this.healthy && this.draining === 0 && !this.stopped;
    try {
      if (wanted)
        await this.register();
      else
        await this.deregister();
    } catch (err) {
      this.log.warn({ err, wanted }, "could not update the service registration; the next check retries");
    }
  }
  async register() {
    const stat2 = await this.zk.exists(this.path);
    if (stat2 && stat2.ephemeralOwner === this.zk.sessionId)
      return;
    if (stat2) {
      this.log.warn({ owner: stat2.ephemeralOwner }, "endpoint node is held by another session (a previous run of this agent?); retrying at the next check");
      return;
    }
    await this.zk.ensurePath(this.path.slice(0, this.path.lastIndexOf("/")), this.o.acl);
    this.registeredSince = (/* @__PURE__ */ new Date()).toISOString();
    const { host, port } = this.o.service;
    try {
      await this.zk.create(this.path, encodeServiceEndpoint({ host, port, since: this.registeredSince }), "ephemeral", this.o.acl);
      this.log.info("registered");
    } catch (err) {
      if (!hasZkCode(err, ErrorCode.ZK_NODE_EXISTS))
        throw err;
    }
  }
  async deregister() {
    const stat2 = await this.zk.exists(this.path);
    if (!stat2 || stat2.ephemeralOwner !== this.zk.sessionId)
      return;
    await this.zk.delete(this.path, stat2.version);
    const why = this.stopped ? "stopping" : this.draining > 0 ? "draining for a deploy" : `unhealthy: ${this.lastDetail}`;
    this.log.info({ why }, "deregistered");
  }
};

// agent/dist/service-registrations.js
var ServiceRegistrations = class {
  registrations;
  constructor(zk, o) {
    this.registrations = o.services.map((service) => new ServiceRegistration(zk, { app: o.app, agentHost: o.agentHost, service, intervalMs: o.intervalMs, acl: o.acl, log: o.log }));
  }
  /** Starts every health-check loop. */
  start() {
    for (const r of this.registrations)
      r.start();
  }
  /** Deregisters every endpoint and stops checking. */
  async stop() {
    await Promise.all(this.registrations.map((r) => r.stop()));
  }
  async drain() {
    await Promise.all(this.registrations.map((r) => r.drain()));
  }
  async restore() {
    await Promise.all(this.registrations.map((r) => r.restore()));
  }
};

// agent/dist/group-service-components.js
var GroupServiceComponents = class {
  member;
  services;
  constructor(zk, o, log) {
    const app = o.apps[0];
    const acl = agentNodeAcl(o.auth);
    this.member = o.group ? new GroupMember(zk, {
      app,
      group: o.group,
      host: o.host,
      onPrimary: o.onPrimary,
      onStandby: o.onStandby,
      commandTimeoutMs: o.roleCommandTimeoutMs,
      cwd: o.baseDir,
      acl,
      log
    }) : null;
    this.services = o.services.length > 0 ? new ServiceRegistrations(zk, { app, agentHost: o.host, services: o.services, intervalMs: o.healthIntervalMs, acl, log }) : null;
    this.activationHooks = o.drainDuringDeploy && this.services ? this.services : void 0;
  }
  /** What the reconcilers call around a checkout; set only with --drain-during-deploy. */
  activationHooks;
  start() {
    this.member?.start();
    this.services?.start();
  }
  /** A primary steps down first (its --on-standby finishes before it leaves), then endpoints are deregistered. */
  async stop() {
    await this.member?.stop();
    await this.services?.stop();
  }
};

// agent/dist/main.js
async function connectUntilUp(options, log, signal) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ZkClient.connect({
        connectString: options.zk,
        sessionTimeoutMs: options.sessionTimeoutMs,
        auth: options.auth,
        logger: log
      });
    } catch (err) {
      if (signal.aborted)
        throw err;
      const delay = backoffDelay(attempt, 1e3, 3e4);
      log.error({ err, retryInMs: delay }, "ZooKeeper unreachable; retrying");
      await sleep(delay, signal);
    }
  }
}
async function serve(options, log) {
  const stopping = new AbortController();
  let zk = null;
  const agents = [];
  let groupServices = null;
  const runtime = new AgentRuntime(options, log);
  const stop = async (signal) => {
    log.info({ signal }, "stopping");
    stopping.abort();
    await groupServices?.stop();
    await Promise.all(agents.map((a) => a.stop()));
    await zk?.close();
    await runtime.close();
  };
  const stopped = new Promise((resolve5) => {
    for (const sig of ["SIGTERM", "SIGINT"])
      process.once(sig, () => void stop(sig).then(resolve5));
  });
  await mkdir4(options.baseDir, { recursive: true });
  try {
    await runtime.start(() => agents, () => zk);
    zk = await connectUntilUp(options, log, stopping.signal);
    runtime.watchConnection(zk);
    const extras = new GroupServiceComponents(zk, options, log);
    for (const app of options.apps) {
      const agent = new AppAgent(zk, { ...runtime.appOptions(app), activation: extras.activationHooks });
      await agent.start();
      agents.push(agent);
    }
    groupServices = extras;
    extras.start();
  } catch (err) {
    if (stopping.signal.aborted)
      return ExitCode.OK;
    await stop("startup failure");
    throw err;
  }
  await stopped;
  return ExitCode.OK;
}
async function main(argv) {
  let options;
  try {
    options = parseAgentOptions(argv);
    loadTrustKeys(options.trustKeys);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0)
        return ExitCode.OK;
      process.stderr.write(`zkdeploy-agent: ${err.message.replace(/^error: /, "")}
`);
      return ExitCode.INVALID_INPUT;
    }
    process.stderr.write(`zkdeploy-agent: ${err.message}
`);
    return err instanceof ZkDeployError ? err.exitCode : ExitCode.INVALID_INPUT;
  }
  const log = createLogger({ level: options.logLevel, name: "zkdeploy-agent" }).child({ host: options.host });
  try {
    return await serve(options, log);
  } catch (err) {
    log.fatal({ err }, "agent failed");
    if (err instanceof ZkDeployError)
      process.stderr.write(`zkdeploy-agent: ${err.message}${err.hint ? ` (${err.hint})` : ""}
`);
    return err instanceof ZkDeployError ? err.exitCode : ExitCode.OPERATIONAL;
  }
}
export {
  main
};
