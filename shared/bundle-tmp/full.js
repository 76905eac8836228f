import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb2, mod) => function __require2() {
  return mod || (0, cb2[__getOwnPropNames(cb2)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values2) {
        this.argChoices = values2.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max2, command2) => {
          return Math.max(
            max2,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command2))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max2, option) => {
          return Math.max(
            max2,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max2, option) => {
          return Math.max(
            max2,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max2, argument) => {
          return Math.max(
            max2,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result2 = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group2 = getGroup(item);
          if (!result2.has(group2)) result2.set(group2, []);
        });
        visibleItems.forEach((item) => {
          const group2 = getGroup(item);
          if (!result2.has(group2)) {
            result2.set(group2, []);
          }
          result2.get(group2).push(item);
        });
        return result2;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group2) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group2, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group2) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group2, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk2) => {
            const visibleWidth = this.displayWidth(chunk2);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk2);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk2.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values2) {
        this.argChoices = values2.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result2 = [];
        for (let command2 = this; command2; command2 = command2.parent) {
          result2.push(command2);
        }
        return result2;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command2) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command2).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command2).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command2);
        this.commands.push(command2);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result2 = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result2 = this._chainOrCall(result2, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result2;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result2 = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result2 = this._chainOrCall(result2, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result2;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result2 = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result2[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result2;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command2 = this;
          do {
            const moreFlags = command2.createHelp().visibleOptions(command2).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command2 = command2.parent;
          } while (command2 && !command2._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command2) => {
            candidateNames.push(command2.name());
            if (command2.alias()) candidateNames.push(command2.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command2 = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command2 = this.commands[this.commands.length - 1];
        }
        if (alias === command2._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command2._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command2) => command2.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command2) => command2.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

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

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-helpers.js
var require_err_helpers = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-helpers.js"(exports, module) {
    "use strict";
    var isErrorLike = (err) => {
      return err && typeof err.message === "string";
    };
    var getErrorCause = (err) => {
      if (!err) return;
      const cause = err.cause;
      if (typeof cause === "function") {
        const causeResult = err.cause();
        return isErrorLike(causeResult) ? causeResult : void 0;
      } else {
        return isErrorLike(cause) ? cause : void 0;
      }
    };
    var _stackWithCauses = (err, seen) => {
      if (!isErrorLike(err)) return "";
      const stack = err.stack || "";
      if (seen.has(err)) {
        return stack + "\ncauses have become circular...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        return stack + "\ncaused by: " + _stackWithCauses(cause, seen);
      } else {
        return stack;
      }
    };
    var stackWithCauses = (err) => _stackWithCauses(err, /* @__PURE__ */ new Set());
    var _messageWithCauses = (err, seen, skip) => {
      if (!isErrorLike(err)) return "";
      const message = skip ? "" : err.message || "";
      if (seen.has(err)) {
        return message + ": ...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        const skipIfVErrorStyleCause = typeof err.cause === "function";
        return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause, seen, skipIfVErrorStyleCause);
      } else {
        return message;
      }
    };
    var messageWithCauses = (err) => _messageWithCauses(err, /* @__PURE__ */ new Set());
    module.exports = {
      isErrorLike,
      getErrorCause,
      stackWithCauses,
      messageWithCauses
    };
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-proto.js
var require_err_proto = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-proto.js"(exports, module) {
    "use strict";
    var seen = Symbol("circular-ref-tag");
    var rawSymbol = Symbol("pino-raw-err-ref");
    var pinoErrProto = Object.create({}, {
      type: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      message: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      stack: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      aggregateErrors: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoErrProto, rawSymbol, {
      writable: true,
      value: {}
    });
    module.exports = {
      pinoErrProto,
      pinoErrorSymbols: {
        seen,
        rawSymbol
      }
    };
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err.js
var require_err = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err.js"(exports, module) {
    "use strict";
    module.exports = errSerializer;
    var { messageWithCauses, stackWithCauses, isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString: toString2 } = Object.prototype;
    function errSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString2.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = messageWithCauses(err);
      _err.stack = stackWithCauses(err);
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errSerializer(err2));
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (key !== "cause" && !Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-with-cause.js
var require_err_with_cause = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-with-cause.js"(exports, module) {
    "use strict";
    module.exports = errWithCauseSerializer;
    var { isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString: toString2 } = Object.prototype;
    function errWithCauseSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString2.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = err.message;
      _err.stack = err.stack;
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errWithCauseSerializer(err2));
      }
      if (isErrorLike(err.cause) && !Object.prototype.hasOwnProperty.call(err.cause, seen)) {
        _err.cause = errWithCauseSerializer(err.cause);
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (!Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errWithCauseSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/req.js
var require_req = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/req.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpRequest,
      reqSerializer
    };
    var rawSymbol = Symbol("pino-raw-req-ref");
    var pinoReqProto = Object.create({}, {
      id: {
        enumerable: true,
        writable: true,
        value: ""
      },
      method: {
        enumerable: true,
        writable: true,
        value: ""
      },
      url: {
        enumerable: true,
        writable: true,
        value: ""
      },
      query: {
        enumerable: true,
        writable: true,
        value: ""
      },
      params: {
        enumerable: true,
        writable: true,
        value: ""
      },
      headers: {
        enumerable: true,
        writable: true,
        value: {}
      },
      remoteAddress: {
        enumerable: true,
        writable: true,
        value: ""
      },
      remotePort: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoReqProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function reqSerializer(req) {
      const connection = req.info || req.socket;
      const _req = Object.create(pinoReqProto);
      _req.id = typeof req.id === "function" ? req.id() : req.id || (req.info ? req.info.id : void 0);
      _req.method = req.method;
      if (req.originalUrl) {
        _req.url = req.originalUrl;
      } else {
        const path = req.path;
        _req.url = typeof path === "string" ? path : req.url ? req.url.path || req.url : void 0;
      }
      if (req.query) {
        _req.query = req.query;
      }
      if (req.params) {
        _req.params = req.params;
      }
      _req.headers = req.headers;
      _req.remoteAddress = connection && connection.remoteAddress;
      _req.remotePort = connection && connection.remotePort;
      _req.raw = req.raw || req;
      return _req;
    }
    function mapHttpRequest(req) {
      return {
        req: reqSerializer(req)
      };
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/res.js
var require_res = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/res.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpResponse,
      resSerializer
    };
    var rawSymbol = Symbol("pino-raw-res-ref");
    var pinoResProto = Object.create({}, {
      statusCode: {
        enumerable: true,
        writable: true,
        value: 0
      },
      headers: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoResProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function resSerializer(res) {
      const _res = Object.create(pinoResProto);
      _res.statusCode = res.headersSent ? res.statusCode : null;
      _res.headers = res.getHeaders ? res.getHeaders() : res._headers;
      _res.raw = res;
      return _res;
    }
    function mapHttpResponse(res) {
      return {
        res: resSerializer(res)
      };
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/index.js
var require_pino_std_serializers = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/index.js"(exports, module) {
    "use strict";
    var errSerializer = require_err();
    var errWithCauseSerializer = require_err_with_cause();
    var reqSerializers = require_req();
    var resSerializers = require_res();
    module.exports = {
      err: errSerializer,
      errWithCause: errWithCauseSerializer,
      mapHttpRequest: reqSerializers.mapHttpRequest,
      mapHttpResponse: resSerializers.mapHttpResponse,
      req: reqSerializers.reqSerializer,
      res: resSerializers.resSerializer,
      wrapErrorSerializer: function wrapErrorSerializer(customSerializer) {
        if (customSerializer === errSerializer) return customSerializer;
        return function wrapErrSerializer(err) {
          return customSerializer(errSerializer(err));
        };
      },
      wrapRequestSerializer: function wrapRequestSerializer(customSerializer) {
        if (customSerializer === reqSerializers.reqSerializer) return customSerializer;
        return function wrappedReqSerializer(req) {
          return customSerializer(reqSerializers.reqSerializer(req));
        };
      },
      wrapResponseSerializer: function wrapResponseSerializer(customSerializer) {
        if (customSerializer === resSerializers.resSerializer) return customSerializer;
        return function wrappedResSerializer(res) {
          return customSerializer(resSerializers.resSerializer(res));
        };
      }
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/caller.js
var require_caller = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/caller.js"(exports, module) {
    "use strict";
    var util = __require("node:util");
    var getCallSites = util.getCallSites ?? util.getCallSite;
    function noOpPrepareStackTrace(_3, stack) {
      return stack;
    }
    module.exports = function getCallers() {
      if (getCallSites) {
        return getCallSites().slice(2).map((callSite) => callSite.scriptName);
      }
      const originalPrepare = Error.prepareStackTrace;
      Error.prepareStackTrace = noOpPrepareStackTrace;
      const stack = new Error().stack;
      Error.prepareStackTrace = originalPrepare;
      if (!Array.isArray(stack)) {
        return void 0;
      }
      const entries = stack.slice(2);
      const fileNames = [];
      for (const entry of entries) {
        if (!entry) {
          continue;
        }
        fileNames.push(entry.getFileName());
      }
      return fileNames;
    };
  }
});

// node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js
var require_redact = __commonJS({
  "node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js"(exports, module) {
    "use strict";
    function deepClone(obj) {
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      if (obj instanceof Date) {
        return new Date(obj.getTime());
      }
      if (obj instanceof Array) {
        const cloned = [];
        for (let i = 0; i < obj.length; i++) {
          cloned[i] = deepClone(obj[i]);
        }
        return cloned;
      }
      if (typeof obj === "object") {
        const cloned = Object.create(Object.getPrototypeOf(obj));
        for (const key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) {
            cloned[key] = deepClone(obj[key]);
          }
        }
        return cloned;
      }
      return obj;
    }
    function parsePath(path) {
      const parts = [];
      let current = "";
      let inBrackets = false;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if (!inBrackets && char === ".") {
          if (current) {
            parts.push(current);
            current = "";
          }
        } else if (char === "[") {
          if (current) {
            parts.push(current);
            current = "";
          }
          inBrackets = true;
        } else if (char === "]" && inBrackets) {
          parts.push(current);
          current = "";
          inBrackets = false;
          inQuotes = false;
        } else if ((char === '"' || char === "'") && inBrackets) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          } else {
            current += char;
          }
        } else {
          current += char;
        }
      }
      if (current) {
        parts.push(current);
      }
      return parts;
    }
    function setValue(obj, parts, value) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = value;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              current[key] = value;
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          current[lastKey] = value;
        }
      }
      return true;
    }
    function removeKey(obj, parts) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = void 0;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              delete current[key];
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          delete current[lastKey];
        }
      }
      return true;
    }
    var PATH_NOT_FOUND = Symbol("PATH_NOT_FOUND");
    function getValueIfExists(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return PATH_NOT_FOUND;
        }
        if (typeof current !== "object" || current === null) {
          return PATH_NOT_FOUND;
        }
        if (!(part in current)) {
          return PATH_NOT_FOUND;
        }
        current = current[part];
      }
      return current;
    }
    function getValue(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return void 0;
        }
        if (typeof current !== "object" || current === null) {
          return void 0;
        }
        current = current[part];
      }
      return current;
    }
    function redactPaths(obj, paths, censor, remove = false) {
      for (const path of paths) {
        const parts = parsePath(path);
        if (parts.includes("*")) {
          redactWildcardPath(obj, parts, censor, path, remove);
        } else {
          if (remove) {
            removeKey(obj, parts);
          } else {
            const value = getValueIfExists(obj, parts);
            if (value === PATH_NOT_FOUND) {
              continue;
            }
            const actualCensor = typeof censor === "function" ? censor(value, parts) : censor;
            setValue(obj, parts, actualCensor);
          }
        }
      }
    }
    function redactWildcardPath(obj, parts, censor, originalPath, remove = false) {
      const wildcardIndex = parts.indexOf("*");
      if (wildcardIndex === parts.length - 1) {
        const parentParts = parts.slice(0, -1);
        let current = obj;
        for (const part of parentParts) {
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
        }
        if (Array.isArray(current)) {
          if (remove) {
            for (let i = 0; i < current.length; i++) {
              current[i] = void 0;
            }
          } else {
            for (let i = 0; i < current.length; i++) {
              const indexPath = [...parentParts, i.toString()];
              const actualCensor = typeof censor === "function" ? censor(current[i], indexPath) : censor;
              current[i] = actualCensor;
            }
          }
        } else if (typeof current === "object" && current !== null) {
          if (remove) {
            const keysToDelete = [];
            for (const key in current) {
              if (Object.prototype.hasOwnProperty.call(current, key)) {
                keysToDelete.push(key);
              }
            }
            for (const key of keysToDelete) {
              delete current[key];
            }
          } else {
            for (const key in current) {
              const keyPath = [...parentParts, key];
              const actualCensor = typeof censor === "function" ? censor(current[key], keyPath) : censor;
              current[key] = actualCensor;
            }
          }
        }
      } else {
        redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
      }
    }
    function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = false) {
      const beforeWildcard = parts.slice(0, wildcardIndex);
      const afterWildcard = parts.slice(wildcardIndex + 1);
      const pathArray = [];
      function traverse(current, pathLength) {
        if (pathLength === beforeWildcard.length) {
          if (Array.isArray(current)) {
            for (let i = 0; i < current.length; i++) {
              pathArray[pathLength] = i.toString();
              traverse(current[i], pathLength + 1);
            }
          } else if (typeof current === "object" && current !== null) {
            for (const key in current) {
              pathArray[pathLength] = key;
              traverse(current[key], pathLength + 1);
            }
          }
        } else if (pathLength < beforeWildcard.length) {
          const nextKey = beforeWildcard[pathLength];
          if (current && typeof current === "object" && current !== null && nextKey in current) {
            pathArray[pathLength] = nextKey;
            traverse(current[nextKey], pathLength + 1);
          }
        } else {
          if (afterWildcard.includes("*")) {
            const wrappedCensor = typeof censor === "function" ? (value, path) => {
              const fullPath = [...pathArray.slice(0, pathLength), ...path];
              return censor(value, fullPath);
            } : censor;
            redactWildcardPath(current, afterWildcard, wrappedCensor, originalPath, remove);
          } else {
            if (remove) {
              removeKey(current, afterWildcard);
            } else {
              const actualCensor = typeof censor === "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
              setValue(current, afterWildcard, actualCensor);
            }
          }
        }
      }
      if (beforeWildcard.length === 0) {
        traverse(obj, 0);
      } else {
        let current = obj;
        for (let i = 0; i < beforeWildcard.length; i++) {
          const part = beforeWildcard[i];
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
          pathArray[i] = part;
        }
        if (current !== null && current !== void 0) {
          traverse(current, beforeWildcard.length);
        }
      }
    }
    function buildPathStructure(pathsToClone) {
      if (pathsToClone.length === 0) {
        return null;
      }
      const pathStructure = /* @__PURE__ */ new Map();
      for (const path of pathsToClone) {
        const parts = parsePath(path);
        let current = pathStructure;
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i];
          if (!current.has(part)) {
            current.set(part, /* @__PURE__ */ new Map());
          }
          current = current.get(part);
        }
      }
      return pathStructure;
    }
    function selectiveClone(obj, pathStructure) {
      if (!pathStructure) {
        return obj;
      }
      function cloneSelectively(source, pathMap, depth = 0) {
        if (!pathMap || pathMap.size === 0) {
          return source;
        }
        if (source === null || typeof source !== "object") {
          return source;
        }
        if (source instanceof Date) {
          return new Date(source.getTime());
        }
        if (Array.isArray(source)) {
          const cloned2 = [];
          for (let i = 0; i < source.length; i++) {
            const indexStr = i.toString();
            if (pathMap.has(indexStr) || pathMap.has("*")) {
              cloned2[i] = cloneSelectively(source[i], pathMap.get(indexStr) || pathMap.get("*"));
            } else {
              cloned2[i] = source[i];
            }
          }
          return cloned2;
        }
        const cloned = Object.create(Object.getPrototypeOf(source));
        for (const key in source) {
          if (Object.prototype.hasOwnProperty.call(source, key)) {
            if (pathMap.has(key) || pathMap.has("*")) {
              cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*"));
            } else {
              cloned[key] = source[key];
            }
          }
        }
        return cloned;
      }
      return cloneSelectively(obj, pathStructure);
    }
    function validatePath(path) {
      if (typeof path !== "string") {
        throw new Error("Paths must be (non-empty) strings");
      }
      if (path === "") {
        throw new Error("Invalid redaction path ()");
      }
      if (path.includes("..")) {
        throw new Error(`Invalid redaction path (${path})`);
      }
      if (path.includes(",")) {
        throw new Error(`Invalid redaction path (${path})`);
      }
      let bracketCount = 0;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if ((char === '"' || char === "'") && bracketCount > 0) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          }
        } else if (char === "[" && !inQuotes) {
          bracketCount++;
        } else if (char === "]" && !inQuotes) {
          bracketCount--;
          if (bracketCount < 0) {
            throw new Error(`Invalid redaction path (${path})`);
          }
        }
      }
      if (bracketCount !== 0) {
        throw new Error(`Invalid redaction path (${path})`);
      }
    }
    function validatePaths(paths) {
      if (!Array.isArray(paths)) {
        throw new TypeError("paths must be an array");
      }
      for (const path of paths) {
        validatePath(path);
      }
    }
    function slowRedact(options = {}) {
      const {
        paths = [],
        censor = "[REDACTED]",
        serialize = JSON.stringify,
        strict = true,
        remove = false
      } = options;
      validatePaths(paths);
      const pathStructure = buildPathStructure(paths);
      return function redact(obj) {
        if (strict && (obj === null || typeof obj !== "object")) {
          if (obj === null || obj === void 0) {
            return serialize ? serialize(obj) : obj;
          }
          if (typeof obj !== "object") {
            return serialize ? serialize(obj) : obj;
          }
        }
        const cloned = selectiveClone(obj, pathStructure);
        const original = obj;
        let actualCensor = censor;
        if (typeof censor === "function") {
          actualCensor = censor;
        }
        redactPaths(cloned, paths, actualCensor, remove);
        if (serialize === false) {
          cloned.restore = function() {
            return deepClone(original);
          };
          return cloned;
        }
        if (typeof serialize === "function") {
          return serialize(cloned);
        }
        return JSON.stringify(cloned);
      };
    }
    module.exports = slowRedact;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/symbols.js
var require_symbols = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/symbols.js"(exports, module) {
    "use strict";
    var setLevelSym = Symbol("pino.setLevel");
    var getLevelSym = Symbol("pino.getLevel");
    var levelValSym = Symbol("pino.levelVal");
    var levelCompSym = Symbol("pino.levelComp");
    var useLevelLabelsSym = Symbol("pino.useLevelLabels");
    var useOnlyCustomLevelsSym = Symbol("pino.useOnlyCustomLevels");
    var mixinSym = Symbol("pino.mixin");
    var lsCacheSym = Symbol("pino.lsCache");
    var chindingsSym = Symbol("pino.chindings");
    var asJsonSym = Symbol("pino.asJson");
    var writeSym = Symbol("pino.write");
    var redactFmtSym = Symbol("pino.redactFmt");
    var timeSym = Symbol("pino.time");
    var timeSliceIndexSym = Symbol("pino.timeSliceIndex");
    var streamSym = Symbol("pino.stream");
    var stringifySym = Symbol("pino.stringify");
    var stringifySafeSym = Symbol("pino.stringifySafe");
    var stringifiersSym = Symbol("pino.stringifiers");
    var endSym = Symbol("pino.end");
    var formatOptsSym = Symbol("pino.formatOpts");
    var messageKeySym = Symbol("pino.messageKey");
    var errorKeySym = Symbol("pino.errorKey");
    var nestedKeySym = Symbol("pino.nestedKey");
    var nestedKeyStrSym = Symbol("pino.nestedKeyStr");
    var mixinMergeStrategySym = Symbol("pino.mixinMergeStrategy");
    var msgPrefixSym = Symbol("pino.msgPrefix");
    var wildcardFirstSym = Symbol("pino.wildcardFirst");
    var serializersSym = Symbol.for("pino.serializers");
    var formattersSym = Symbol.for("pino.formatters");
    var hooksSym = Symbol.for("pino.hooks");
    var needsMetadataGsym = Symbol.for("pino.metadata");
    var transportUsesMultistreamSym = Symbol.for("pino.transport.usesMultistream");
    module.exports = {
      setLevelSym,
      getLevelSym,
      levelValSym,
      levelCompSym,
      useLevelLabelsSym,
      mixinSym,
      lsCacheSym,
      chindingsSym,
      asJsonSym,
      writeSym,
      serializersSym,
      redactFmtSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      wildcardFirstSym,
      needsMetadataGsym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/redaction.js
var require_redaction = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/redaction.js"(exports, module) {
    "use strict";
    var Redact = require_redact();
    var { redactFmtSym, wildcardFirstSym } = require_symbols();
    var rx = /[^.[\]]+|\[([^[\]]*?)\]/g;
    var CENSOR = "[Redacted]";
    var strict = false;
    function redaction(opts, serialize) {
      const { paths, censor, remove } = handle(opts);
      const shape = paths.reduce((o, str) => {
        rx.lastIndex = 0;
        const first2 = rx.exec(str);
        const next = rx.exec(str);
        let ns = first2[1] !== void 0 ? first2[1].replace(/^(?:"|'|`)(.*)(?:"|'|`)$/, "$1") : first2[0];
        if (ns === "*") {
          ns = wildcardFirstSym;
        }
        if (next === null) {
          o[ns] = null;
          return o;
        }
        if (o[ns] === null) {
          return o;
        }
        const { index } = next;
        const nextPath = `${str.substr(index, str.length - 1)}`;
        o[ns] = o[ns] || [];
        if (ns !== wildcardFirstSym && o[ns].length === 0) {
          o[ns].push(...o[wildcardFirstSym] || []);
        }
        if (ns === wildcardFirstSym) {
          Object.keys(o).forEach(function(k) {
            if (o[k]) {
              o[k].push(nextPath);
            }
          });
        }
        o[ns].push(nextPath);
        return o;
      }, /* @__PURE__ */ Object.create(null));
      const result2 = Object.assign(/* @__PURE__ */ Object.create(null), {
        [redactFmtSym]: Redact({ paths, censor, serialize, strict, remove })
      });
      const topCensor = (...args) => {
        return typeof censor === "function" ? serialize(censor(...args)) : serialize(censor);
      };
      return [...Object.keys(shape), ...Object.getOwnPropertySymbols(shape)].reduce((o, k) => {
        if (shape[k] === null) {
          o[k] = (value) => topCensor(value, [k]);
        } else {
          const wrappedCensor = typeof censor === "function" ? (value, path) => {
            return censor(value, [k, ...path]);
          } : censor;
          o[k] = Redact({
            paths: shape[k],
            censor: wrappedCensor,
            serialize,
            strict,
            remove
          });
        }
        return o;
      }, result2);
    }
    function handle(opts) {
      if (Array.isArray(opts)) {
        opts = { paths: opts, censor: CENSOR };
        return opts;
      }
      let { paths, censor = CENSOR, remove } = opts;
      if (Array.isArray(paths) === false) {
        throw Error("pino \u2013 redact must contain an array of strings");
      }
      if (remove === true) censor = void 0;
      return { paths, censor, remove };
    }
    module.exports = redaction;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/time.js
var require_time = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/time.js"(exports, module) {
    "use strict";
    var nullTime = () => "";
    var epochTime = () => `,"time":${Date.now()}`;
    var unixTime = () => `,"time":${Math.round(Date.now() / 1e3)}`;
    var isoTime = () => `,"time":"${new Date(Date.now()).toISOString()}"`;
    var NS_PER_MS = 1000000n;
    var NS_PER_SEC = 1000000000n;
    var startWallTimeNs = BigInt(Date.now()) * NS_PER_MS;
    var startHrTime = process.hrtime.bigint();
    var isoTimeNano = () => {
      const elapsedNs = process.hrtime.bigint() - startHrTime;
      const currentTimeNs = startWallTimeNs + elapsedNs;
      const secondsSinceEpoch = currentTimeNs / NS_PER_SEC;
      const nanosWithinSecond = currentTimeNs % NS_PER_SEC;
      const msSinceEpoch = Number(secondsSinceEpoch * 1000n + nanosWithinSecond / 1000000n);
      const date = new Date(msSinceEpoch);
      const year = date.getUTCFullYear();
      const month = (date.getUTCMonth() + 1).toString().padStart(2, "0");
      const day = date.getUTCDate().toString().padStart(2, "0");
      const hours = date.getUTCHours().toString().padStart(2, "0");
      const minutes = date.getUTCMinutes().toString().padStart(2, "0");
      const seconds2 = date.getUTCSeconds().toString().padStart(2, "0");
      return `,"time":"${year}-${month}-${day}T${hours}:${minutes}:${seconds2}.${nanosWithinSecond.toString().padStart(9, "0")}Z"`;
    };
    module.exports = { nullTime, epochTime, unixTime, isoTime, isoTimeNano };
  }
});

// node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJS({
  "node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js"(exports, module) {
    "use strict";
    function tryStringify(o) {
      try {
        return JSON.stringify(o);
      } catch (e) {
        return '"[Circular]"';
      }
    }
    module.exports = format;
    function format(f, args, opts) {
      var ss = opts && opts.stringify || tryStringify;
      var offset = 1;
      if (typeof f === "object" && f !== null) {
        var len = args.length + offset;
        if (len === 1) return f;
        var objects = new Array(len);
        objects[0] = ss(f);
        for (var index = 1; index < len; index++) {
          objects[index] = ss(args[index]);
        }
        return objects.join(" ");
      }
      if (typeof f !== "string") {
        return f;
      }
      var argLen = args.length;
      if (argLen === 0) return f;
      var str = "";
      var a = 1 - offset;
      var lastPos = -1;
      var flen = f && f.length || 0;
      for (var i = 0; i < flen; ) {
        if (f.charCodeAt(i) === 37 && i + 1 < flen) {
          lastPos = lastPos > -1 ? lastPos : 0;
          switch (f.charCodeAt(i + 1)) {
            case 100:
            // 'd'
            case 102:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += Number(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 105:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += Math.floor(Number(args[a]));
              lastPos = i + 2;
              i++;
              break;
            case 79:
            // 'O'
            case 111:
            // 'o'
            case 106:
              if (a >= argLen)
                break;
              if (args[a] === void 0) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              var type = typeof args[a];
              if (type === "string") {
                str += "'" + args[a] + "'";
                lastPos = i + 2;
                i++;
                break;
              }
              if (type === "function") {
                str += args[a].name || "<anonymous>";
                lastPos = i + 2;
                i++;
                break;
              }
              str += ss(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 115:
              if (a >= argLen)
                break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += String(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 37:
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += "%";
              lastPos = i + 2;
              i++;
              a--;
              break;
          }
          ++a;
        }
        ++i;
      }
      if (lastPos === -1)
        return f;
      else if (lastPos < flen) {
        str += f.slice(lastPos);
      }
      return str;
    }
  }
});

// node_modules/.pnpm/atomic-sleep@1.0.0/node_modules/atomic-sleep/index.js
var require_atomic_sleep = __commonJS({
  "node_modules/.pnpm/atomic-sleep@1.0.0/node_modules/atomic-sleep/index.js"(exports, module) {
    "use strict";
    if (typeof SharedArrayBuffer !== "undefined" && typeof Atomics !== "undefined") {
      let sleep2 = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        Atomics.wait(nil, 0, 0, Number(ms));
      };
      const nil = new Int32Array(new SharedArrayBuffer(4));
      module.exports = sleep2;
    } else {
      let sleep2 = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        const target = Date.now() + Number(ms);
        while (target > Date.now()) {
        }
      };
      module.exports = sleep2;
    }
  }
});

// node_modules/.pnpm/sonic-boom@4.2.1/node_modules/sonic-boom/index.js
var require_sonic_boom = __commonJS({
  "node_modules/.pnpm/sonic-boom@4.2.1/node_modules/sonic-boom/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var EventEmitter = __require("events");
    var inherits = __require("util").inherits;
    var path = __require("path");
    var sleep2 = require_atomic_sleep();
    var assert = __require("assert");
    var BUSY_WRITE_TIMEOUT = 100;
    var kEmptyBuffer = Buffer.allocUnsafe(0);
    var MAX_WRITE = 16 * 1024;
    var kContentModeBuffer = "buffer";
    var kContentModeUtf8 = "utf8";
    var [major, minor] = (process.versions.node || "0.0").split(".").map(Number);
    var kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = true;
      sonic._writing = true;
      sonic._asyncDrainScheduled = false;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = false;
          sonic._writing = false;
          sonic._opening = false;
          if (sonic.sync) {
            process.nextTick(() => {
              if (sonic.listenerCount("error") > 0) {
                sonic.emit("error", err);
              }
            });
          } else {
            sonic.emit("error", err);
          }
          return;
        }
        const reopening = sonic._reopening;
        sonic.fd = fd;
        sonic.file = file;
        sonic._reopening = false;
        sonic._opening = false;
        sonic._writing = false;
        if (sonic.sync) {
          process.nextTick(() => sonic.emit("ready"));
        } else {
          sonic.emit("ready");
        }
        if (sonic.destroyed) {
          return;
        }
        if (!sonic._writing && sonic._len > sonic.minLength || sonic._flushPending) {
          sonic._actualWrite();
        } else if (reopening) {
          process.nextTick(() => sonic.emit("drain"));
        }
      }
      const flags = sonic.append ? "a" : "w";
      const mode = sonic.mode;
      if (sonic.sync) {
        try {
          if (sonic.mkdir) fs.mkdirSync(path.dirname(file), { recursive: true });
          const fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          fileOpened(err);
          throw err;
        }
      } else if (sonic.mkdir) {
        fs.mkdir(path.dirname(file), { recursive: true }, (err) => {
          if (err) return fileOpened(err);
          fs.open(file, flags, mode, fileOpened);
        });
      } else {
        fs.open(file, flags, mode, fileOpened);
      }
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom)) {
        return new SonicBoom(opts);
      }
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir: mkdir5, retryEAGAIN, fsync, contentMode, mode } = opts || {};
      fd = fd || dest;
      this._len = 0;
      this.fd = -1;
      this._bufs = [];
      this._lens = [];
      this._writing = false;
      this._ending = false;
      this._reopening = false;
      this._asyncDrainScheduled = false;
      this._flushPending = false;
      this._hwm = Math.max(minLength || 0, 16387);
      this.file = null;
      this.destroyed = false;
      this.minLength = minLength || 0;
      this.maxLength = maxLength || 0;
      this.maxWrite = maxWrite || MAX_WRITE;
      this._periodicFlush = periodicFlush || 0;
      this._periodicFlushTimer = void 0;
      this.sync = sync || false;
      this.writable = true;
      this._fsync = fsync || false;
      this.append = append || false;
      this.mode = mode;
      this.retryEAGAIN = retryEAGAIN || (() => true);
      this.mkdir = mkdir5 || false;
      let fsWriteSync;
      let fsWrite;
      if (contentMode === kContentModeBuffer) {
        this._writingBuf = kEmptyBuffer;
        this.write = writeBuffer;
        this.flush = flushBuffer;
        this.flushSync = flushBufferSync;
        this._actualWrite = actualWriteBuffer;
        fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf);
        fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      } else if (contentMode === void 0 || contentMode === kContentModeUtf8) {
        this._writingBuf = "";
        this.write = write;
        this.flush = flush;
        this.flushSync = flushSync;
        this._actualWrite = actualWrite;
        fsWriteSync = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.writeSync(this.fd, this._writingBuf);
          }
          return fs.writeSync(this.fd, this._writingBuf, "utf8");
        };
        fsWrite = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.write(this.fd, this._writingBuf, this.release);
          }
          return fs.write(this.fd, this._writingBuf, "utf8", this.release);
        };
      } else {
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      }
      if (typeof fd === "number") {
        this.fd = fd;
        process.nextTick(() => this.emit("ready"));
      } else if (typeof fd === "string") {
        openFile(fd, this);
      } else {
        throw new Error("SonicBoom supports only file descriptors and files");
      }
      if (this.minLength >= this.maxWrite) {
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      }
      this.release = (err, n) => {
        if (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length)) {
            if (this.sync) {
              try {
                sleep2(BUSY_WRITE_TIMEOUT);
                this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            } else {
              setTimeout(fsWrite, BUSY_WRITE_TIMEOUT);
            }
          } else {
            this._writing = false;
            this.emit("error", err);
          }
          return;
        }
        this.emit("write", n);
        const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
        this._len = releasedBufObj.len;
        this._writingBuf = releasedBufObj.writingBuf;
        if (this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              const n2 = fsWriteSync();
              const releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n2);
              this._len = releasedBufObj2.len;
              this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        if (this._fsync) {
          fs.fsyncSync(this.fd);
        }
        const len = this._len;
        if (this._reopening) {
          this._writing = false;
          this._reopening = false;
          this.reopen();
        } else if (len > this.minLength) {
          this._actualWrite();
        } else if (this._ending) {
          if (len > 0) {
            this._actualWrite();
          } else {
            this._writing = false;
            actualClose(this);
          }
        } else {
          this._writing = false;
          if (this.sync) {
            if (!this._asyncDrainScheduled) {
              this._asyncDrainScheduled = true;
              process.nextTick(emitDrain, this);
            }
          } else {
            this.emit("drain");
          }
        }
      };
      this.on("newListener", function(name) {
        if (name === "drain") {
          this._asyncDrainScheduled = false;
        }
      });
      if (this._periodicFlush !== 0) {
        this._periodicFlushTimer = setInterval(() => this.flush(null), this._periodicFlush);
        this._periodicFlushTimer.unref();
      }
    }
    function releaseWritingBuf(writingBuf, len, n) {
      if (typeof writingBuf === "string") {
        writingBuf = Buffer.from(writingBuf);
      }
      len = Math.max(len - n, 0);
      writingBuf = writingBuf.subarray(n);
      return { writingBuf, len };
    }
    function emitDrain(sonic) {
      const hasListeners = sonic.listenerCount("drain") > 0;
      if (!hasListeners) return;
      sonic._asyncDrainScheduled = false;
      sonic.emit("drain");
    }
    inherits(SonicBoom, EventEmitter);
    function mergeBuf(bufs, len) {
      if (bufs.length === 0) {
        return kEmptyBuffer;
      }
      if (bufs.length === 1) {
        return bufs[0];
      }
      return Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      data = "" + data;
      const dataLen = Buffer.byteLength(data);
      const len = this._len + dataLen;
      const bufs = this._bufs;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite) {
        bufs.push(data);
      } else {
        bufs[bufs.length - 1] += data;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function writeBuffer(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      const len = this._len + data.length;
      const bufs = this._bufs;
      const lens = this._lens;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite) {
        bufs.push([data]);
        lens.push(data.length);
      } else {
        bufs[bufs.length - 1].push(data);
        lens[lens.length - 1] += data.length;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function callFlushCallbackOnDrain(cb2) {
      this._flushPending = true;
      const onDrain = () => {
        if (!this._fsync) {
          try {
            fs.fsync(this.fd, (err) => {
              this._flushPending = false;
              cb2(err);
            });
          } catch (err) {
            cb2(err);
          }
        } else {
          this._flushPending = false;
          cb2();
        }
        this.off("error", onError);
      };
      const onError = (err) => {
        this._flushPending = false;
        cb2(err);
        this.off("drain", onDrain);
      };
      this.once("drain", onDrain);
      this.once("error", onError);
    }
    function flush(cb2) {
      if (cb2 != null && typeof cb2 !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb2) {
          cb2(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb2?.();
        return;
      }
      if (cb2) {
        callFlushCallbackOnDrain.call(this, cb2);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push("");
      }
      this._actualWrite();
    }
    function flushBuffer(cb2) {
      if (cb2 != null && typeof cb2 !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb2) {
          cb2(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb2?.();
        return;
      }
      if (cb2) {
        callFlushCallbackOnDrain.call(this, cb2);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push([]);
        this._lens.push(0);
      }
      this._actualWrite();
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.reopen(file);
        });
        return;
      }
      if (this._ending) {
        return;
      }
      if (!this.file) {
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      }
      if (file) {
        this.file = file;
      }
      this._reopening = true;
      if (this._writing) {
        return;
      }
      const fd = this.fd;
      this.once("ready", () => {
        if (fd !== this.fd) {
          fs.close(fd, (err) => {
            if (err) {
              return this.emit("error", err);
            }
          });
        }
      });
      openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.end();
        });
        return;
      }
      if (this._ending) {
        return;
      }
      this._ending = true;
      if (this._writing) {
        return;
      }
      if (this._len > 0 && this.fd >= 0) {
        this._actualWrite();
      } else {
        actualClose(this);
      }
    };
    function flushSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift(this._writingBuf);
        this._writingBuf = "";
      }
      let buf = "";
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = this._bufs[0];
        }
        try {
          const n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
          const releasedBufObj = releaseWritingBuf(buf, this._len, n);
          buf = releasedBufObj.writingBuf;
          this._len = releasedBufObj.len;
          if (buf.length <= 0) {
            this._bufs.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep2(BUSY_WRITE_TIMEOUT);
        }
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift([this._writingBuf]);
        this._writingBuf = kEmptyBuffer;
      }
      let buf = kEmptyBuffer;
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = mergeBuf(this._bufs[0], this._lens[0]);
        }
        try {
          const n = fs.writeSync(this.fd, buf);
          buf = buf.subarray(n);
          this._len = Math.max(this._len - n, 0);
          if (buf.length <= 0) {
            this._bufs.shift();
            this._lens.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep2(BUSY_WRITE_TIMEOUT);
        }
      }
    }
    SonicBoom.prototype.destroy = function() {
      if (this.destroyed) {
        return;
      }
      actualClose(this);
    };
    function actualWrite() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "";
      if (this.sync) {
        try {
          const written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualWriteBuffer() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift());
      if (this.sync) {
        try {
          const written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        if (kCopyBuffer) {
          this._writingBuf = Buffer.from(this._writingBuf);
        }
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualClose(sonic) {
      if (sonic.fd === -1) {
        sonic.once("ready", actualClose.bind(null, sonic));
        return;
      }
      if (sonic._periodicFlushTimer !== void 0) {
        clearInterval(sonic._periodicFlushTimer);
      }
      sonic.destroyed = true;
      sonic._bufs = [];
      sonic._lens = [];
      assert(typeof sonic.fd === "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        if (sonic.fd !== 1 && sonic.fd !== 2) {
          fs.close(sonic.fd, done);
        } else {
          done();
        }
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        if (sonic._ending && !sonic._writing) {
          sonic.emit("finish");
        }
        sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module.exports = SonicBoom;
  }
});

// node_modules/.pnpm/on-exit-leak-free@2.1.2/node_modules/on-exit-leak-free/index.js
var require_on_exit_leak_free = __commonJS({
  "node_modules/.pnpm/on-exit-leak-free@2.1.2/node_modules/on-exit-leak-free/index.js"(exports, module) {
    "use strict";
    var refs = {
      exit: [],
      beforeExit: []
    };
    var functions2 = {
      exit: onExit,
      beforeExit: onBeforeExit
    };
    var registry;
    function ensureRegistry() {
      if (registry === void 0) {
        registry = new FinalizationRegistry(clear);
      }
    }
    function install(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.on(event, functions2[event]);
    }
    function uninstall(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.removeListener(event, functions2[event]);
      if (refs.exit.length === 0 && refs.beforeExit.length === 0) {
        registry = void 0;
      }
    }
    function onExit() {
      callRefs("exit");
    }
    function onBeforeExit() {
      callRefs("beforeExit");
    }
    function callRefs(event) {
      for (const ref of refs[event]) {
        const obj = ref.deref();
        const fn = ref.fn;
        if (obj !== void 0) {
          fn(obj, event);
        }
      }
      refs[event] = [];
    }
    function clear(ref) {
      for (const event of ["exit", "beforeExit"]) {
        const index = refs[event].indexOf(ref);
        refs[event].splice(index, index + 1);
        uninstall(event);
      }
    }
    function _register(event, obj, fn) {
      if (obj === void 0) {
        throw new Error("the object can't be undefined");
      }
      install(event);
      const ref = new WeakRef(obj);
      ref.fn = fn;
      ensureRegistry();
      registry.register(obj, ref);
      refs[event].push(ref);
    }
    function register(obj, fn) {
      _register("exit", obj, fn);
    }
    function registerBeforeExit(obj, fn) {
      _register("beforeExit", obj, fn);
    }
    function unregister(obj) {
      if (registry === void 0) {
        return;
      }
      registry.unregister(obj);
      for (const event of ["exit", "beforeExit"]) {
        refs[event] = refs[event].filter((ref) => {
          const _obj = ref.deref();
          return _obj && _obj !== obj;
        });
        uninstall(event);
      }
    }
    module.exports = {
      register,
      registerBeforeExit,
      unregister
    };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/package.json
var require_package = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/package.json"(exports, module) {
    module.exports = {
      name: "thread-stream",
      version: "4.2.1",
      description: "A streaming way to send data to a Node.js Worker Thread",
      main: "index.js",
      types: "index.d.ts",
      engines: {
        node: ">=20"
      },
      dependencies: {
        "real-require": "^1.0.0"
      },
      devDependencies: {
        "@types/node": "^26.1.1",
        "@yao-pkg/pkg": "^6.0.0",
        borp: "^1.0.0",
        desm: "^1.3.0",
        eslint: "^9.39.1",
        fastbench: "^1.0.1",
        neostandard: "^0.13.0",
        "pino-elasticsearch": "^9.0.0",
        "sonic-boom": "^5.0.0",
        "ts-node": "^10.8.0",
        tsd: "^0.33.0",
        typescript: "~5.7.3"
      },
      scripts: {
        build: "tsc --noEmit",
        lint: "eslint",
        test: 'npm run lint && npm run build && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:ci": 'npm run lint && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:types": "tsd",
        "test:yarn": 'npm run transpile && borp --expose-gc --pattern "test/*.test.js"',
        transpile: "sh ./test/ts/transpile.sh"
      },
      tsd: {
        directory: "test/types"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/mcollina/thread-stream.git"
      },
      keywords: [
        "worker",
        "thread",
        "threads",
        "stream"
      ],
      author: "Matteo Collina <hello@matteocollina.com>",
      license: "MIT",
      bugs: {
        url: "https://github.com/mcollina/thread-stream/issues"
      },
      homepage: "https://github.com/mcollina/thread-stream#readme"
    };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/wait.js
var require_wait = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/wait.js"(exports, module) {
    "use strict";
    var WAIT_MS = 1e4;
    function wait(state, index, expected, timeout, done) {
      const max2 = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check = (previous) => {
        const current = Atomics.load(state, index);
        if (current >= expected) {
          done(null, "ok");
          return;
        }
        if (previous !== void 0 && current !== previous) {
          done(null, "not-equal");
          return;
        }
        if (max2 !== Infinity && Date.now() > max2) {
          done(null, "timed-out");
          return;
        }
        const remaining = max2 === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max2 - Date.now()));
        const result2 = Atomics.waitAsync(state, index, current, remaining);
        if (result2.async) {
          result2.value.then((res) => {
            if (res === "ok") {
              const latest = Atomics.load(state, index);
              done(null, latest >= expected ? "ok" : "not-equal");
              return;
            }
            check(current);
          });
        } else {
          setImmediate(done, null, "not-equal");
        }
      };
      check();
    }
    function waitDiff(state, index, expected, timeout, done) {
      const max2 = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check = () => {
        const current = Atomics.load(state, index);
        if (current !== expected) {
          done(null, "ok");
          return;
        }
        if (max2 !== Infinity && Date.now() > max2) {
          done(null, "timed-out");
          return;
        }
        const remaining = max2 === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max2 - Date.now()));
        const result2 = Atomics.waitAsync(state, index, expected, remaining);
        if (result2.async) {
          result2.value.then((res) => {
            if (res === "ok") {
              done(null, "ok");
              return;
            }
            check();
          });
        } else {
          setImmediate(check);
        }
      };
      check();
    }
    module.exports = { wait, waitDiff };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/indexes.js
var require_indexes = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/indexes.js"(exports, module) {
    "use strict";
    var SEQ_INDEX = 2;
    var WRITE_INDEX = 4;
    var READ_INDEX = 8;
    module.exports = {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/index.js
var require_thread_stream = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/index.js"(exports, module) {
    "use strict";
    var { version } = require_package();
    var { EventEmitter } = __require("events");
    var { Worker } = __require("worker_threads");
    var { join: join12 } = __require("path");
    var { pathToFileURL } = __require("url");
    var { wait } = require_wait();
    var {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    } = require_indexes();
    var buffer = __require("buffer");
    var assert = __require("assert");
    var kImpl = Symbol("kImpl");
    var MAX_STRING = buffer.constants.MAX_STRING_LENGTH;
    function noop2() {
    }
    function updateState(stream, fn) {
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      fn();
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      Atomics.notify(stream[kImpl].state, SEQ_INDEX);
    }
    function resetIndexes(stream) {
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, READ_INDEX, 0);
        Atomics.store(stream[kImpl].state, WRITE_INDEX, 0);
      });
      Atomics.notify(stream[kImpl].state, READ_INDEX);
    }
    var FakeWeakRef = class {
      constructor(value) {
        this._value = value;
      }
      deref() {
        return this._value;
      }
    };
    var FakeFinalizationRegistry = class {
      register() {
      }
      unregister() {
      }
    };
    var FinalizationRegistry2 = process.env.NODE_V8_COVERAGE ? FakeFinalizationRegistry : global.FinalizationRegistry || FakeFinalizationRegistry;
    var WeakRef2 = process.env.NODE_V8_COVERAGE ? FakeWeakRef : global.WeakRef || FakeWeakRef;
    var registry = new FinalizationRegistry2((worker) => {
      if (worker.exited) {
        return;
      }
      worker.terminate();
    });
    function createWorker(stream, opts) {
      const { filename, workerData } = opts;
      const bundlerOverrides = "__bundlerPathsOverrides" in globalThis ? globalThis.__bundlerPathsOverrides : {};
      const toExecute = bundlerOverrides["thread-stream-worker"] || join12(__dirname, "lib", "worker.js");
      const worker = new Worker(toExecute, {
        ...opts.workerOpts,
        name: opts.workerOpts?.name || "thread-stream",
        trackUnmanagedFds: false,
        workerData: {
          filename: filename.indexOf("file://") === 0 ? filename : pathToFileURL(filename).href,
          dataBuf: stream[kImpl].dataBuf,
          stateBuf: stream[kImpl].stateBuf,
          workerData: {
            $context: {
              threadStreamVersion: version
            },
            ...workerData
          }
        }
      });
      worker.stream = new FakeWeakRef(stream);
      worker.on("message", onWorkerMessage);
      worker.on("exit", onWorkerExit);
      registry.register(stream, worker);
      return worker;
    }
    function drain(stream) {
      assert(!stream[kImpl].sync);
      if (stream[kImpl].needDrain) {
        stream[kImpl].needDrain = false;
        stream.emit("drain");
      }
    }
    function nextFlush(stream) {
      while (true) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (stream.destroyed || writeIndex < 0) {
          return;
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover > 0) {
          if (stream[kImpl].bufLen === 0) {
            stream[kImpl].flushing = false;
            if (stream[kImpl].ending) {
              end(stream);
            } else if (stream[kImpl].needDrain) {
              process.nextTick(drain, stream);
            }
            return;
          }
          write(stream, leftover, noop2);
          continue;
        }
        if (leftover === 0) {
          if (writeIndex === 0 && stream[kImpl].bufLen === 0) {
            return;
          }
          waitForRead(stream, () => {
            if (stream.destroyed) {
              return;
            }
            resetIndexes(stream);
            nextFlush(stream);
          });
          return;
        }
        destroy(stream, new Error("overwritten"));
        return;
      }
    }
    function onWorkerMessage(msg) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        this.exited = true;
        this.terminate();
        return;
      }
      if (msg?.code == null) {
        return;
      }
      switch (msg.code) {
        case "READY":
          if (!stream[kImpl].ending) {
            this.stream = new WeakRef2(stream);
          }
          waitForRead(stream, () => {
            stream[kImpl].ready = true;
            stream.emit("ready");
          });
          break;
        case "ERROR":
          destroy(stream, msg.err);
          break;
        case "EVENT":
          if (Array.isArray(msg.args)) {
            stream.emit(msg.name, ...msg.args);
          } else {
            stream.emit(msg.name, msg.args);
          }
          break;
        case "FLUSHED": {
          if (msg.context !== "thread-stream") {
            destroy(stream, new Error("this should not happen: " + msg.code));
            break;
          }
          const cb2 = stream[kImpl].flushCallbacks.get(msg.id);
          if (cb2) {
            stream[kImpl].flushCallbacks.delete(msg.id);
            process.nextTick(cb2);
          }
          break;
        }
        case "WARNING":
          process.emitWarning(msg.err);
          break;
        default:
          destroy(stream, new Error("this should not happen: " + msg.code));
      }
    }
    function onWorkerExit(code) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        return;
      }
      registry.unregister(stream);
      stream.worker.exited = true;
      stream.worker.off("exit", onWorkerExit);
      destroy(stream, code !== 0 ? new Error("the worker thread exited") : null);
    }
    var ThreadStream = class extends EventEmitter {
      constructor(opts = {}) {
        super();
        if (opts.bufferSize < 4) {
          throw new Error("bufferSize must at least fit a 4-byte utf-8 char");
        }
        this[kImpl] = {};
        this[kImpl].stateBuf = new SharedArrayBuffer(128);
        this[kImpl].state = new Int32Array(this[kImpl].stateBuf);
        this[kImpl].dataBuf = new SharedArrayBuffer(opts.bufferSize || 4 * 1024 * 1024);
        this[kImpl].data = Buffer.from(this[kImpl].dataBuf);
        this[kImpl].sync = opts.sync || false;
        this[kImpl].ending = false;
        this[kImpl].ended = false;
        this[kImpl].needDrain = false;
        this[kImpl].destroyed = false;
        this[kImpl].flushing = false;
        this[kImpl].ready = false;
        this[kImpl].finished = false;
        this[kImpl].errored = null;
        this[kImpl].closed = false;
        this[kImpl].buf = [];
        this[kImpl].bufHead = 0;
        this[kImpl].bufLen = 0;
        this[kImpl].flushCallbacks = /* @__PURE__ */ new Map();
        this[kImpl].nextFlushId = 0;
        this[kImpl].flushRetainCount = 0;
        this[kImpl].userRef = true;
        this.worker = createWorker(this, opts);
        this.on("message", (message, transferList) => {
          this.worker.postMessage(message, transferList);
        });
      }
      write(data) {
        const dataBuf = Buffer.isBuffer(data) ? data : Buffer.from(data);
        if (this[kImpl].destroyed) {
          error(this, new Error("the worker has exited"));
          return false;
        }
        if (this[kImpl].ending) {
          error(this, new Error("the worker is ending"));
          return false;
        }
        if (this[kImpl].flushing && this[kImpl].bufLen + dataBuf.length >= MAX_STRING) {
          try {
            writeSync(this);
            this[kImpl].flushing = true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        this[kImpl].buf.push(dataBuf);
        this[kImpl].bufLen += dataBuf.length;
        if (this[kImpl].sync) {
          try {
            writeSync(this);
            return true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        if (!this[kImpl].flushing) {
          this[kImpl].flushing = true;
          setImmediate(nextFlush, this);
        }
        this[kImpl].needDrain = this[kImpl].data.length - this[kImpl].bufLen - Atomics.load(this[kImpl].state, WRITE_INDEX) <= 0;
        return !this[kImpl].needDrain;
      }
      end() {
        if (this[kImpl].destroyed) {
          return;
        }
        this[kImpl].ending = true;
        this.worker.stream = new FakeWeakRef(this);
        end(this);
      }
      flush(cb2) {
        const userCb = typeof cb2 === "function" ? cb2 : null;
        cb2 = userCb || noop2;
        if (userCb) {
          retainWorkerForPendingFlush(this);
        }
        let finished = false;
        const done = (err) => {
          if (finished) {
            return;
          }
          finished = true;
          if (userCb) {
            releaseWorkerForPendingFlush(this);
          }
          cb2(err);
        };
        flushBuffer(this, (err) => {
          if (err) {
            process.nextTick(done, err);
            return;
          }
          requestWorkerFlush(this, done);
        });
      }
      flushSync() {
        if (this[kImpl].destroyed) {
          return;
        }
        writeSync(this);
        flushSync(this);
      }
      unref() {
        this[kImpl].userRef = false;
        if (this[kImpl].flushRetainCount === 0) {
          this.worker.unref();
        }
      }
      ref() {
        this[kImpl].userRef = true;
        this.worker.ref();
      }
      get ready() {
        return this[kImpl].ready;
      }
      get destroyed() {
        return this[kImpl].destroyed;
      }
      get closed() {
        return this[kImpl].closed;
      }
      get writable() {
        return !this[kImpl].destroyed && !this[kImpl].ending;
      }
      get writableEnded() {
        return this[kImpl].ending;
      }
      get writableFinished() {
        return this[kImpl].finished;
      }
      get writableNeedDrain() {
        return this[kImpl].needDrain;
      }
      get writableObjectMode() {
        return false;
      }
      get writableErrored() {
        return this[kImpl].errored;
      }
    };
    function flushBuffer(stream, cb2) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb2, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].sync && (stream[kImpl].flushing || stream[kImpl].bufLen > 0)) {
        setImmediate(flushBuffer, stream, cb2);
        return;
      }
      waitForRead(stream, cb2);
    }
    function waitForRead(stream, cb2) {
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      wait(stream[kImpl].state, READ_INDEX, writeIndex, Infinity, (err, res) => {
        if (err) {
          destroy(stream, err);
          cb2(err);
          return;
        }
        if (res !== "ok") {
          waitForRead(stream, cb2);
          return;
        }
        cb2();
      });
    }
    function retainWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        stream.worker.ref();
      }
      stream[kImpl].flushRetainCount++;
    }
    function releaseWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        return;
      }
      stream[kImpl].flushRetainCount--;
      if (stream[kImpl].flushRetainCount === 0 && !stream[kImpl].userRef) {
        stream.worker.unref();
      }
    }
    function requestWorkerFlush(stream, cb2) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb2, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].ready) {
        const onReady = () => {
          cleanup();
          requestWorkerFlush(stream, cb2);
        };
        const onClose = () => {
          cleanup();
          process.nextTick(cb2, new Error("the worker has exited"));
        };
        const cleanup = () => {
          stream.off("ready", onReady);
          stream.off("close", onClose);
        };
        stream.once("ready", onReady);
        stream.once("close", onClose);
        return;
      }
      const id = ++stream[kImpl].nextFlushId;
      stream[kImpl].flushCallbacks.set(id, cb2);
      try {
        stream.worker.postMessage({
          code: "FLUSH",
          context: "thread-stream",
          id
        });
      } catch (err) {
        stream[kImpl].flushCallbacks.delete(id);
        destroy(stream, err);
        process.nextTick(cb2, err);
      }
    }
    function failPendingFlushCallbacks(stream, err) {
      const callbacks = stream[kImpl].flushCallbacks;
      if (callbacks.size === 0) {
        return;
      }
      const flushErr = err || new Error("the worker has exited");
      for (const cb2 of callbacks.values()) {
        process.nextTick(cb2, flushErr);
      }
      callbacks.clear();
    }
    function error(stream, err) {
      setImmediate(() => {
        stream.emit("error", err);
      });
    }
    function destroy(stream, err) {
      if (stream[kImpl].destroyed) {
        return;
      }
      stream[kImpl].destroyed = true;
      failPendingFlushCallbacks(stream, err);
      if (err) {
        stream[kImpl].errored = err;
        error(stream, err);
      }
      if (!stream.worker.exited) {
        stream.worker.terminate().catch(() => {
        }).then(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      } else {
        setImmediate(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      }
    }
    function write(stream, maxBytes, cb2) {
      const current = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let offset = current;
      let remaining = maxBytes;
      while (remaining > 0 && stream[kImpl].bufLen !== 0) {
        const head = stream[kImpl].bufHead;
        const buf = stream[kImpl].buf[head];
        if (buf.length <= remaining) {
          buf.copy(stream[kImpl].data, offset);
          offset += buf.length;
          remaining -= buf.length;
          stream[kImpl].bufLen -= buf.length;
          stream[kImpl].bufHead = head + 1;
          if (stream[kImpl].bufHead === stream[kImpl].buf.length) {
            stream[kImpl].buf.length = 0;
            stream[kImpl].bufHead = 0;
          } else if (stream[kImpl].bufHead >= 1024 && stream[kImpl].bufHead * 2 >= stream[kImpl].buf.length) {
            stream[kImpl].buf.splice(0, stream[kImpl].bufHead);
            stream[kImpl].bufHead = 0;
          }
          continue;
        }
        buf.copy(stream[kImpl].data, offset, 0, remaining);
        stream[kImpl].buf[head] = buf.subarray(remaining);
        stream[kImpl].bufLen -= remaining;
        offset += remaining;
        remaining = 0;
      }
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, WRITE_INDEX, offset);
      });
      cb2();
      return true;
    }
    function end(stream) {
      if (stream[kImpl].ended || !stream[kImpl].ending || stream[kImpl].flushing) {
        return;
      }
      stream[kImpl].ended = true;
      try {
        stream.flushSync();
        let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        updateState(stream, () => {
          Atomics.store(stream[kImpl].state, WRITE_INDEX, -1);
        });
        let spins = 0;
        while (readIndex !== -1) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
          readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
          if (readIndex === -2) {
            destroy(stream, new Error("end() failed"));
            return;
          }
          if (++spins === 10) {
            destroy(stream, new Error("end() took too long (10s)"));
            return;
          }
        }
        process.nextTick(() => {
          stream[kImpl].finished = true;
          stream.emit("finish");
        });
      } catch (err) {
        destroy(stream, err);
      }
    }
    function writeSync(stream) {
      const cb2 = () => {
        if (stream[kImpl].ending) {
          end(stream);
        } else if (stream[kImpl].needDrain) {
          process.nextTick(drain, stream);
        }
      };
      stream[kImpl].flushing = false;
      while (stream[kImpl].bufLen !== 0) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (writeIndex < 0) {
          throw new Error("_writeSync failed");
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover === 0) {
          flushSync(stream);
          resetIndexes(stream);
          continue;
        } else if (leftover < 0) {
          throw new Error("overwritten");
        }
        write(stream, leftover, cb2);
      }
    }
    function flushSync(stream) {
      if (stream[kImpl].flushing) {
        throw new Error("unable to flush while flushing");
      }
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let spins = 0;
      while (true) {
        const readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        if (readIndex === -2) {
          throw Error("_flushSync failed");
        }
        if (readIndex !== writeIndex) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
        } else {
          break;
        }
        if (++spins === 10) {
          throw new Error("_flushSync took too long (10s)");
        }
      }
    }
    module.exports = ThreadStream;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/transport.js
var require_transport = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/transport.js"(exports, module) {
    "use strict";
    var { createRequire: createRequire3 } = __require("module");
    var { existsSync } = __require("node:fs");
    var getCallers = require_caller();
    var { join: join12, isAbsolute: isAbsolute3, sep: sep3 } = __require("node:path");
    var { fileURLToPath } = __require("node:url");
    var sleep2 = require_atomic_sleep();
    var onExit = require_on_exit_leak_free();
    var ThreadStream = require_thread_stream();
    var { transportUsesMultistreamSym } = require_symbols();
    function setupOnExit(stream) {
      onExit.register(stream, autoEnd);
      onExit.registerBeforeExit(stream, flush);
      stream.on("close", function() {
        onExit.unregister(stream);
      });
    }
    function hasPreloadFlags() {
      const execArgv = process.execArgv;
      for (let i = 0; i < execArgv.length; i++) {
        const arg = execArgv[i];
        if (arg === "--import" || arg === "--require" || arg === "-r") {
          return true;
        }
        if (arg.startsWith("--import=") || arg.startsWith("--require=") || arg.startsWith("-r=")) {
          return true;
        }
      }
      return false;
    }
    function sanitizeNodeOptions(nodeOptions) {
      const tokens = nodeOptions.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g);
      if (!tokens) {
        return nodeOptions;
      }
      const sanitized = [];
      let changed = false;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === "--require" || token === "-r" || token === "--import") {
          const next = tokens[i + 1];
          if (next && shouldDropPreload(next)) {
            changed = true;
            i++;
            continue;
          }
          sanitized.push(token);
          if (next) {
            sanitized.push(next);
            i++;
          }
          continue;
        }
        if (token.startsWith("--require=") || token.startsWith("-r=") || token.startsWith("--import=")) {
          const value = token.slice(token.indexOf("=") + 1);
          if (shouldDropPreload(value)) {
            changed = true;
            continue;
          }
        }
        sanitized.push(token);
      }
      return changed ? sanitized.join(" ") : nodeOptions;
    }
    function shouldDropPreload(value) {
      const unquoted = stripQuotes(value);
      if (!unquoted) {
        return false;
      }
      let path = unquoted;
      if (path.startsWith("file://")) {
        try {
          path = fileURLToPath(path);
        } catch {
          return false;
        }
      }
      return isAbsolute3(path) && !existsSync(path);
    }
    function stripQuotes(value) {
      const first2 = value[0];
      const last2 = value[value.length - 1];
      if (first2 === '"' && last2 === '"' || first2 === "'" && last2 === "'") {
        return value.slice(1, -1);
      }
      return value;
    }
    function buildStream(filename, workerData, workerOpts, sync, name) {
      if (!workerOpts.execArgv && hasPreloadFlags() && __require.main === void 0) {
        workerOpts = {
          ...workerOpts,
          execArgv: []
        };
      }
      if (!workerOpts.env && process.env.NODE_OPTIONS) {
        const nodeOptions = sanitizeNodeOptions(process.env.NODE_OPTIONS);
        if (nodeOptions !== process.env.NODE_OPTIONS) {
          workerOpts = {
            ...workerOpts,
            env: {
              ...process.env,
              NODE_OPTIONS: nodeOptions
            }
          };
        }
      }
      workerOpts = { ...workerOpts, name };
      const stream = new ThreadStream({
        filename,
        workerData,
        workerOpts,
        sync
      });
      stream.on("ready", onReady);
      stream.on("close", function() {
        process.removeListener("exit", onExit2);
      });
      process.on("exit", onExit2);
      function onReady() {
        process.removeListener("exit", onExit2);
        stream.unref();
        if (workerOpts.autoEnd !== false) {
          setupOnExit(stream);
        }
      }
      function onExit2() {
        if (stream.closed) {
          return;
        }
        stream.flushSync();
        sleep2(100);
        stream.end();
      }
      return stream;
    }
    function autoEnd(stream) {
      stream.ref();
      stream.flushSync();
      stream.end();
      stream.once("close", function() {
        stream.unref();
      });
    }
    function flush(stream) {
      stream.flushSync();
    }
    function transport(fullOptions) {
      const { pipeline, targets, levels, dedupe, worker = {}, caller = getCallers(), sync = false } = fullOptions;
      const options = {
        ...fullOptions.options
      };
      let usesMultistream = false;
      const callers = typeof caller === "string" ? [caller] : caller;
      const bundlerOverrides = typeof globalThis === "object" && Object.prototype.hasOwnProperty.call(globalThis, "__bundlerPathsOverrides") && globalThis.__bundlerPathsOverrides && typeof globalThis.__bundlerPathsOverrides === "object" ? globalThis.__bundlerPathsOverrides : /* @__PURE__ */ Object.create(null);
      let target = fullOptions.target;
      if (target && targets) {
        throw new Error("only one of target or targets can be specified");
      }
      if (targets) {
        target = bundlerOverrides["pino-worker"] || join12(__dirname, "worker.js");
        options.targets = targets.filter((dest) => dest.target).map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        });
        options.pipelines = targets.filter((dest) => dest.pipeline).map((dest) => {
          return dest.pipeline.map((t) => {
            return {
              ...t,
              level: dest.level,
              // duplicate the pipeline `level` property defined in the upper level
              target: fixTarget(t.target)
            };
          });
        });
        const targetsHaveLevel = options.targets.some((t) => t.level != null);
        const pipelinesHaveLevel = options.pipelines.some((p) => p.some((t) => t.level != null));
        usesMultistream = options.targets.length + options.pipelines.length > 1 || targetsHaveLevel || pipelinesHaveLevel;
      } else if (pipeline) {
        target = bundlerOverrides["pino-worker"] || join12(__dirname, "worker.js");
        options.pipelines = [pipeline.map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        })];
      }
      if (levels) {
        options.levels = levels;
      }
      if (dedupe) {
        options.dedupe = dedupe;
      }
      options.pinoWillSendConfig = true;
      const name = targets || pipeline ? "pino.transport" : target;
      const stream = buildStream(fixTarget(target), options, worker, sync, name);
      if (usesMultistream) {
        stream[transportUsesMultistreamSym] = true;
      }
      return stream;
      function fixTarget(origin) {
        origin = bundlerOverrides[origin] || origin;
        if (isAbsolute3(origin) || origin.indexOf("file://") === 0) {
          return origin;
        }
        if (origin === "pino/file") {
          return join12(__dirname, "..", "file.js");
        }
        let fixTarget2;
        for (const filePath of callers) {
          try {
            const context = filePath === "node:repl" ? process.cwd() + sep3 : filePath;
            fixTarget2 = createRequire3(context).resolve(origin);
            break;
          } catch (err) {
            continue;
          }
        }
        if (!fixTarget2) {
          throw new Error(`unable to determine transport target for "${origin}"`);
        }
        return fixTarget2;
      }
    }
    module.exports = transport;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/tools.js
var require_tools = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/tools.js"(exports, module) {
    "use strict";
    var diagChan = __require("node:diagnostics_channel");
    var format = require_quick_format_unescaped();
    var { mapHttpRequest, mapHttpResponse } = require_pino_std_serializers();
    var SonicBoom = require_sonic_boom();
    var onExit = require_on_exit_leak_free();
    var {
      lsCacheSym,
      chindingsSym,
      writeSym,
      serializersSym,
      formatOptsSym,
      endSym,
      stringifiersSym,
      stringifySym,
      stringifySafeSym,
      wildcardFirstSym,
      nestedKeySym,
      formattersSym,
      messageKeySym,
      errorKeySym,
      nestedKeyStrSym,
      msgPrefixSym
    } = require_symbols();
    var { isMainThread } = __require("worker_threads");
    var transport = require_transport();
    var [nodeMajor] = process.versions.node.split(".").map((v) => Number(v));
    var asJsonChan = diagChan.tracingChannel("pino_asJson");
    var asString = nodeMajor >= 25 ? (str) => JSON.stringify(str) : _asString;
    function noop2() {
    }
    function genLog(level, hook) {
      if (!hook) return LOG;
      return function hookWrappedLog(...args) {
        hook.call(this, args, LOG, level);
      };
      function LOG(o, ...n) {
        if (typeof o === "object") {
          let msg = o;
          if (o !== null) {
            if (o.method && o.headers && o.socket) {
              o = mapHttpRequest(o);
            } else if (typeof o.setHeader === "function") {
              o = mapHttpResponse(o);
            }
          }
          let formatParams;
          if (msg === null && n.length === 0) {
            formatParams = [null];
          } else {
            msg = n.shift();
            formatParams = n;
          }
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](o, format(msg, formatParams, this[formatOptsSym]), level);
        } else {
          let msg = o === void 0 ? n.shift() : o;
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](null, format(msg, n, this[formatOptsSym]), level);
        }
      }
    }
    function _asString(str) {
      let result2 = "";
      let last2 = 0;
      let found = false;
      let point = 255;
      const l = str.length;
      if (l > 100) {
        return JSON.stringify(str);
      }
      for (var i = 0; i < l && point >= 32; i++) {
        point = str.charCodeAt(i);
        if (point === 34 || point === 92) {
          result2 += str.slice(last2, i) + "\\";
          last2 = i;
          found = true;
        }
      }
      if (!found) {
        result2 = str;
      } else {
        result2 += str.slice(last2);
      }
      return point < 32 ? JSON.stringify(str) : '"' + result2 + '"';
    }
    function asJson(obj, msg, num, time) {
      if (asJsonChan.hasSubscribers === false) {
        return _asJson.call(this, obj, msg, num, time);
      }
      const store = { instance: this, arguments };
      return asJsonChan.traceSync(_asJson, store, this, obj, msg, num, time);
    }
    function _asJson(obj, msg, num, time) {
      const stringify2 = this[stringifySym];
      const stringifySafe = this[stringifySafeSym];
      const stringifiers = this[stringifiersSym];
      const end = this[endSym];
      const chindings = this[chindingsSym];
      const serializers = this[serializersSym];
      const formatters = this[formattersSym];
      const messageKey = this[messageKeySym];
      const errorKey = this[errorKeySym];
      let data = this[lsCacheSym][num] + time;
      data = data + chindings;
      let value;
      if (formatters.log) {
        obj = formatters.log(obj);
      }
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      let propStr = "";
      for (const key in obj) {
        value = obj[key];
        if (Object.prototype.hasOwnProperty.call(obj, key) && value !== void 0) {
          if (serializers[key]) {
            value = serializers[key](value);
          } else if (key === errorKey && serializers.err) {
            value = serializers.err(value);
          }
          const stringifier = stringifiers[key] || wildcardStringifier;
          switch (typeof value) {
            case "undefined":
            case "function":
              continue;
            case "number":
              if (Number.isFinite(value) === false) {
                value = null;
              }
            // this case explicitly falls through to the next one
            case "boolean":
              if (stringifier) value = stringifier(value);
              break;
            case "string":
              value = (stringifier || asString)(value);
              break;
            default:
              value = (stringifier || stringify2)(value, stringifySafe);
          }
          if (value === void 0) continue;
          const strKey = asString(key);
          propStr += "," + strKey + ":" + value;
        }
      }
      let msgStr = "";
      if (msg !== void 0) {
        value = serializers[messageKey] ? serializers[messageKey](msg) : msg;
        const stringifier = stringifiers[messageKey] || wildcardStringifier;
        switch (typeof value) {
          case "function":
            break;
          case "number":
            if (Number.isFinite(value) === false) {
              value = null;
            }
          // this case explicitly falls through to the next one
          case "boolean":
            if (stringifier) value = stringifier(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          case "string":
            value = (stringifier || asString)(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          default:
            value = (stringifier || stringify2)(value, stringifySafe);
            msgStr = ',"' + messageKey + '":' + value;
        }
      }
      if (this[nestedKeySym] && propStr) {
        return data + this[nestedKeyStrSym] + propStr.slice(1) + "}" + msgStr + end;
      } else {
        return data + propStr + msgStr + end;
      }
    }
    function asChindings(instance, bindings) {
      let value;
      let data = instance[chindingsSym];
      const stringify2 = instance[stringifySym];
      const stringifySafe = instance[stringifySafeSym];
      const stringifiers = instance[stringifiersSym];
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      const serializers = instance[serializersSym];
      const formatter = instance[formattersSym].bindings;
      bindings = formatter(bindings);
      for (const key in bindings) {
        value = bindings[key];
        const valid = (key.length < 5 || key !== "level" && key !== "serializers" && key !== "formatters" && key !== "customLevels") && bindings.hasOwnProperty(key) && value !== void 0;
        if (valid === true) {
          value = serializers[key] ? serializers[key](value) : value;
          value = (stringifiers[key] || wildcardStringifier || stringify2)(value, stringifySafe);
          if (value === void 0) continue;
          data += "," + asString(key) + ":" + value;
        }
      }
      return data;
    }
    function hasBeenTampered(stream) {
      return stream.write !== stream.constructor.prototype.write;
    }
    function buildSafeSonicBoom(opts) {
      const stream = new SonicBoom(opts);
      stream.on("error", filterBrokenPipe);
      if (!opts.sync && isMainThread) {
        onExit.register(stream, autoEnd);
        stream.on("close", function() {
          onExit.unregister(stream);
        });
      }
      return stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop2;
          stream.end = noop2;
          stream.flushSync = noop2;
          stream.destroy = noop2;
          return;
        }
        stream.removeListener("error", filterBrokenPipe);
        stream.emit("error", err);
      }
    }
    function autoEnd(stream, eventName) {
      if (stream.destroyed) {
        return;
      }
      if (eventName === "beforeExit") {
        stream.flush();
        stream.on("drain", function() {
          stream.end();
        });
      } else {
        stream.flushSync();
      }
    }
    function createArgsNormalizer(defaultOptions) {
      return function normalizeArgs(instance, caller, opts = {}, stream) {
        if (typeof opts === "string") {
          stream = buildSafeSonicBoom({ dest: opts });
          opts = {};
        } else if (typeof stream === "string") {
          if (opts && opts.transport) {
            throw Error("only one of option.transport or stream can be specified");
          }
          stream = buildSafeSonicBoom({ dest: stream });
        } else if (opts instanceof SonicBoom || opts.writable || opts._writableState) {
          stream = opts;
          opts = {};
        } else if (opts.transport) {
          if (opts.transport instanceof SonicBoom || opts.transport.writable || opts.transport._writableState) {
            throw Error("option.transport do not allow stream, please pass to option directly. e.g. pino(transport)");
          }
          if (opts.transport.targets && opts.transport.targets.length && opts.formatters && typeof opts.formatters.level === "function") {
            throw Error("option.transport.targets do not allow custom level formatters");
          }
          let customLevels;
          if (opts.customLevels) {
            customLevels = opts.useOnlyCustomLevels ? opts.customLevels : Object.assign({}, opts.levels, opts.customLevels);
          }
          stream = transport({ caller, ...opts.transport, levels: customLevels });
        }
        opts = Object.assign({}, defaultOptions, opts);
        opts.serializers = Object.assign(/* @__PURE__ */ Object.create(null), defaultOptions.serializers, opts.serializers);
        opts.formatters = Object.assign({}, defaultOptions.formatters, opts.formatters);
        if (opts.prettyPrint) {
          throw new Error("prettyPrint option is no longer supported, see the pino-pretty package (https://github.com/pinojs/pino-pretty)");
        }
        const { enabled, onChild } = opts;
        if (enabled === false) opts.level = "silent";
        if (!onChild) opts.onChild = noop2;
        if (!stream) {
          if (!hasBeenTampered(process.stdout)) {
            stream = buildSafeSonicBoom({ fd: process.stdout.fd || 1 });
          } else {
            stream = process.stdout;
          }
        }
        return { opts, stream };
      };
    }
    function stringify(obj, stringifySafeFn) {
      try {
        return JSON.stringify(obj);
      } catch (_3) {
        try {
          const stringify2 = stringifySafeFn || this[stringifySafeSym];
          return stringify2(obj);
        } catch (_4) {
          return '"[unable to serialize, circular reference is too complex to analyze]"';
        }
      }
    }
    function buildFormatters(level, bindings, log) {
      return {
        level,
        bindings,
        log
      };
    }
    function normalizeDestFileDescriptor(destination) {
      const fd = Number(destination);
      if (typeof destination === "string" && Number.isFinite(fd)) {
        return fd;
      }
      if (destination === void 0) {
        return 1;
      }
      return destination;
    }
    module.exports = {
      noop: noop2,
      buildSafeSonicBoom,
      asChindings,
      asJson,
      genLog,
      createArgsNormalizer,
      stringify,
      buildFormatters,
      normalizeDestFileDescriptor
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/constants.js
var require_constants = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/constants.js"(exports, module) {
    var DEFAULT_LEVELS = {
      trace: 10,
      debug: 20,
      info: 30,
      warn: 40,
      error: 50,
      fatal: 60
    };
    var SORTING_ORDER = {
      ASC: "ASC",
      DESC: "DESC"
    };
    module.exports = {
      DEFAULT_LEVELS,
      SORTING_ORDER
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/levels.js
var require_levels = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/levels.js"(exports, module) {
    "use strict";
    var {
      lsCacheSym,
      levelValSym,
      useOnlyCustomLevelsSym,
      streamSym,
      formattersSym,
      hooksSym,
      levelCompSym
    } = require_symbols();
    var { noop: noop2, genLog } = require_tools();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var levelMethods = {
      fatal: (hook) => {
        const logFatal = genLog(DEFAULT_LEVELS.fatal, hook);
        return function(...args) {
          const stream = this[streamSym];
          logFatal.call(this, ...args);
          if (typeof stream.flushSync === "function") {
            try {
              stream.flushSync();
            } catch (e) {
            }
          }
        };
      },
      error: (hook) => genLog(DEFAULT_LEVELS.error, hook),
      warn: (hook) => genLog(DEFAULT_LEVELS.warn, hook),
      info: (hook) => genLog(DEFAULT_LEVELS.info, hook),
      debug: (hook) => genLog(DEFAULT_LEVELS.debug, hook),
      trace: (hook) => genLog(DEFAULT_LEVELS.trace, hook)
    };
    var nums = Object.keys(DEFAULT_LEVELS).reduce((o, k) => {
      o[DEFAULT_LEVELS[k]] = k;
      return o;
    }, {});
    var initialLsCache = Object.keys(nums).reduce((o, k) => {
      o[k] = '{"level":' + Number(k);
      return o;
    }, {});
    function genLsCache(instance) {
      const formatter = instance[formattersSym].level;
      const { labels } = instance.levels;
      const cache = {};
      for (const label in labels) {
        const level = formatter(labels[label], Number(label));
        cache[label] = JSON.stringify(level).slice(0, -1);
      }
      instance[lsCacheSym] = cache;
      return instance;
    }
    function isStandardLevel(level, useOnlyCustomLevels) {
      if (useOnlyCustomLevels) {
        return false;
      }
      switch (level) {
        case "fatal":
        case "error":
        case "warn":
        case "info":
        case "debug":
        case "trace":
          return true;
        default:
          return false;
      }
    }
    function setLevel(level) {
      const { labels, values: values2 } = this.levels;
      if (typeof level === "number") {
        if (labels[level] === void 0) throw Error("unknown level value" + level);
        level = labels[level];
      }
      if (values2[level] === void 0) throw Error("unknown level " + level);
      const preLevelVal = this[levelValSym];
      const levelVal = this[levelValSym] = values2[level];
      const useOnlyCustomLevelsVal = this[useOnlyCustomLevelsSym];
      const levelComparison = this[levelCompSym];
      const hook = this[hooksSym].logMethod;
      for (const key in values2) {
        if (levelComparison(values2[key], levelVal) === false) {
          this[key] = noop2;
          continue;
        }
        this[key] = isStandardLevel(key, useOnlyCustomLevelsVal) ? levelMethods[key](hook) : genLog(values2[key], hook);
      }
      this.emit(
        "level-change",
        level,
        levelVal,
        labels[preLevelVal],
        preLevelVal,
        this
      );
    }
    function getLevel(level) {
      const { levels, levelVal } = this;
      return levels && levels.labels ? levels.labels[levelVal] : "";
    }
    function isLevelEnabled(logLevel) {
      const { values: values2 } = this.levels;
      const logLevelVal = values2[logLevel];
      return logLevelVal !== void 0 && this[levelCompSym](logLevelVal, this[levelValSym]);
    }
    function compareLevel(direction, current, expected) {
      if (direction === SORTING_ORDER.DESC) {
        return current <= expected;
      }
      return current >= expected;
    }
    function genLevelComparison(levelComparison) {
      if (typeof levelComparison === "string") {
        return compareLevel.bind(null, levelComparison);
      }
      return levelComparison;
    }
    function mappings(customLevels = null, useOnlyCustomLevels = false) {
      const customNums = customLevels ? Object.keys(customLevels).reduce((o, k) => {
        o[customLevels[k]] = k;
        return o;
      }, {}) : null;
      const labels = Object.assign(
        Object.create(Object.prototype, { Infinity: { value: "silent" } }),
        useOnlyCustomLevels ? null : nums,
        customNums
      );
      const values2 = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      return { labels, values: values2 };
    }
    function assertDefaultLevelFound(defaultLevel, customLevels, useOnlyCustomLevels) {
      if (typeof defaultLevel === "number") {
        const values2 = [].concat(
          Object.keys(customLevels || {}).map((key) => customLevels[key]),
          useOnlyCustomLevels ? [] : Object.keys(nums).map((level) => +level),
          Infinity
        );
        if (!values2.includes(defaultLevel)) {
          throw Error(`default level:${defaultLevel} must be included in custom levels`);
        }
        return;
      }
      const labels = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      if (!(defaultLevel in labels)) {
        throw Error(`default level:${defaultLevel} must be included in custom levels`);
      }
    }
    function assertNoLevelCollisions(levels, customLevels) {
      const { labels, values: values2 } = levels;
      for (const k in customLevels) {
        if (k in values2) {
          throw Error("levels cannot be overridden");
        }
        if (customLevels[k] in labels) {
          throw Error("pre-existing level values cannot be used for new levels");
        }
      }
    }
    function assertLevelComparison(levelComparison) {
      if (typeof levelComparison === "function") {
        return;
      }
      if (typeof levelComparison === "string" && Object.values(SORTING_ORDER).includes(levelComparison)) {
        return;
      }
      throw new Error('Levels comparison should be one of "ASC", "DESC" or "function" type');
    }
    module.exports = {
      initialLsCache,
      genLsCache,
      levelMethods,
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      assertNoLevelCollisions,
      assertDefaultLevelFound,
      genLevelComparison,
      assertLevelComparison
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/meta.js
var require_meta = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/meta.js"(exports, module) {
    "use strict";
    module.exports = { version: "10.4.0" };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/proto.js
var require_proto = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/proto.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("node:events");
    var {
      lsCacheSym,
      levelValSym,
      setLevelSym,
      getLevelSym,
      chindingsSym,
      mixinSym,
      asJsonSym,
      writeSym,
      mixinMergeStrategySym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      serializersSym,
      formattersSym,
      errorKeySym,
      messageKeySym,
      useOnlyCustomLevelsSym,
      needsMetadataGsym,
      redactFmtSym,
      stringifySym,
      formatOptsSym,
      stringifiersSym,
      msgPrefixSym,
      hooksSym
    } = require_symbols();
    var {
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      initialLsCache,
      genLsCache,
      assertNoLevelCollisions
    } = require_levels();
    var {
      asChindings,
      asJson,
      buildFormatters,
      stringify,
      noop: noop2
    } = require_tools();
    var {
      version
    } = require_meta();
    var redaction = require_redaction();
    var constructor = class Pino {
    };
    var prototype = {
      constructor,
      child,
      bindings,
      setBindings,
      flush,
      isLevelEnabled,
      version,
      get level() {
        return this[getLevelSym]();
      },
      set level(lvl) {
        this[setLevelSym](lvl);
      },
      get levelVal() {
        return this[levelValSym];
      },
      set levelVal(n) {
        throw Error("levelVal is read-only");
      },
      get msgPrefix() {
        return this[msgPrefixSym];
      },
      get [Symbol.toStringTag]() {
        return "Pino";
      },
      [lsCacheSym]: initialLsCache,
      [writeSym]: write,
      [asJsonSym]: asJson,
      [getLevelSym]: getLevel,
      [setLevelSym]: setLevel
    };
    Object.setPrototypeOf(prototype, EventEmitter.prototype);
    module.exports = function() {
      return Object.create(prototype);
    };
    var resetChildingsFormatter = (bindings2) => bindings2;
    function child(bindings2, options) {
      if (!bindings2) {
        throw Error("missing bindings for child Pino");
      }
      const serializers = this[serializersSym];
      const formatters = this[formattersSym];
      const instance = Object.create(this);
      if (options == null) {
        if (instance[formattersSym].bindings !== resetChildingsFormatter) {
          instance[formattersSym] = buildFormatters(
            formatters.level,
            resetChildingsFormatter,
            formatters.log
          );
        }
        instance[chindingsSym] = asChindings(instance, bindings2);
        if (this.onChild !== noop2) {
          this.onChild(instance);
        }
        return instance;
      }
      if (options.hasOwnProperty("serializers") === true) {
        instance[serializersSym] = /* @__PURE__ */ Object.create(null);
        for (const k in serializers) {
          instance[serializersSym][k] = serializers[k];
        }
        const parentSymbols = Object.getOwnPropertySymbols(serializers);
        for (var i = 0; i < parentSymbols.length; i++) {
          const ks = parentSymbols[i];
          instance[serializersSym][ks] = serializers[ks];
        }
        for (const bk in options.serializers) {
          instance[serializersSym][bk] = options.serializers[bk];
        }
        const bindingsSymbols = Object.getOwnPropertySymbols(options.serializers);
        for (var bi = 0; bi < bindingsSymbols.length; bi++) {
          const bks = bindingsSymbols[bi];
          instance[serializersSym][bks] = options.serializers[bks];
        }
      } else instance[serializersSym] = serializers;
      if (options.hasOwnProperty("formatters")) {
        const { level, bindings: chindings, log } = options.formatters;
        instance[formattersSym] = buildFormatters(
          level || formatters.level,
          chindings || resetChildingsFormatter,
          log || formatters.log
        );
      } else {
        instance[formattersSym] = buildFormatters(
          formatters.level,
          resetChildingsFormatter,
          formatters.log
        );
      }
      if (options.hasOwnProperty("customLevels") === true) {
        assertNoLevelCollisions(this.levels, options.customLevels);
        instance.levels = mappings(options.customLevels, instance[useOnlyCustomLevelsSym]);
        genLsCache(instance);
      }
      if (typeof options.redact === "object" && options.redact !== null || Array.isArray(options.redact)) {
        instance.redact = options.redact;
        const stringifiers = redaction(instance.redact, stringify);
        const formatOpts = { stringify: stringifiers[redactFmtSym] };
        instance[stringifySym] = stringify;
        instance[stringifiersSym] = stringifiers;
        instance[formatOptsSym] = formatOpts;
      }
      if (typeof options.msgPrefix === "string") {
        instance[msgPrefixSym] = (this[msgPrefixSym] || "") + options.msgPrefix;
      }
      instance[chindingsSym] = asChindings(instance, bindings2);
      if (options.level !== void 0 && options.level !== this.level || options.hasOwnProperty("customLevels")) {
        const childLevel = options.level || this.level;
        instance[setLevelSym](childLevel);
      }
      this.onChild(instance);
      return instance;
    }
    function bindings() {
      const chindings = this[chindingsSym];
      const chindingsJson = `{${chindings.substr(1)}}`;
      const bindingsFromJson = JSON.parse(chindingsJson);
      delete bindingsFromJson.pid;
      delete bindingsFromJson.hostname;
      return bindingsFromJson;
    }
    function setBindings(newBindings) {
      const chindings = asChindings(this, newBindings);
      this[chindingsSym] = chindings;
    }
    function defaultMixinMergeStrategy(mergeObject, mixinObject) {
      return Object.assign(mixinObject, mergeObject);
    }
    function write(_obj, msg, num) {
      const t = this[timeSym]();
      const mixin2 = this[mixinSym];
      const errorKey = this[errorKeySym];
      const messageKey = this[messageKeySym];
      const mixinMergeStrategy = this[mixinMergeStrategySym] || defaultMixinMergeStrategy;
      let obj;
      const streamWriteHook = this[hooksSym].streamWrite;
      if (_obj === void 0 || _obj === null) {
        obj = {};
      } else if (_obj instanceof Error) {
        obj = { [errorKey]: _obj };
        if (msg === void 0) {
          msg = _obj.message;
        }
      } else {
        obj = _obj;
        if (msg === void 0 && _obj[messageKey] === void 0 && _obj[errorKey]) {
          msg = _obj[errorKey].message;
        }
      }
      if (mixin2) {
        obj = mixinMergeStrategy(obj, mixin2(obj, num, this));
      }
      const s = this[asJsonSym](obj, msg, num, t);
      const stream = this[streamSym];
      if (stream[needsMetadataGsym] === true) {
        stream.lastLevel = num;
        stream.lastObj = obj;
        stream.lastMsg = msg;
        stream.lastTime = t.slice(this[timeSliceIndexSym]);
        stream.lastLogger = this;
      }
      stream.write(streamWriteHook ? streamWriteHook(s) : s);
    }
    function flush(cb2) {
      if (cb2 != null && typeof cb2 !== "function") {
        throw Error("callback must be a function");
      }
      const stream = this[streamSym];
      if (typeof stream.flush === "function") {
        stream.flush(cb2 || noop2);
      } else if (cb2) cb2();
    }
  }
});

// node_modules/.pnpm/safe-stable-stringify@2.5.0/node_modules/safe-stable-stringify/index.js
var require_safe_stable_stringify = __commonJS({
  "node_modules/.pnpm/safe-stable-stringify@2.5.0/node_modules/safe-stable-stringify/index.js"(exports, module) {
    "use strict";
    var { hasOwnProperty: hasOwnProperty2 } = Object.prototype;
    var stringify = configure();
    stringify.configure = configure;
    stringify.stringify = stringify;
    stringify.default = stringify;
    exports.stringify = stringify;
    exports.configure = configure;
    module.exports = stringify;
    var strEscapeSequencesRegExp = /[\u0000-\u001f\u0022\u005c\ud800-\udfff]/;
    function strEscape(str) {
      if (str.length < 5e3 && !strEscapeSequencesRegExp.test(str)) {
        return `"${str}"`;
      }
      return JSON.stringify(str);
    }
    function sort(array, comparator) {
      if (array.length > 200 || comparator) {
        return array.sort(comparator);
      }
      for (let i = 1; i < array.length; i++) {
        const currentValue = array[i];
        let position = i;
        while (position !== 0 && array[position - 1] > currentValue) {
          array[position] = array[position - 1];
          position--;
        }
        array[position] = currentValue;
      }
      return array;
    }
    var typedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(
        Object.getPrototypeOf(
          new Int8Array()
        )
      ),
      Symbol.toStringTag
    ).get;
    function isTypedArrayWithEntries(value) {
      return typedArrayPrototypeGetSymbolToStringTag.call(value) !== void 0 && value.length !== 0;
    }
    function stringifyTypedArray(array, separator, maximumBreadth) {
      if (array.length < maximumBreadth) {
        maximumBreadth = array.length;
      }
      const whitespace = separator === "," ? "" : " ";
      let res = `"0":${whitespace}${array[0]}`;
      for (let i = 1; i < maximumBreadth; i++) {
        res += `${separator}"${i}":${whitespace}${array[i]}`;
      }
      return res;
    }
    function getCircularValueOption(options) {
      if (hasOwnProperty2.call(options, "circularValue")) {
        const circularValue = options.circularValue;
        if (typeof circularValue === "string") {
          return `"${circularValue}"`;
        }
        if (circularValue == null) {
          return circularValue;
        }
        if (circularValue === Error || circularValue === TypeError) {
          return {
            toString() {
              throw new TypeError("Converting circular structure to JSON");
            }
          };
        }
        throw new TypeError('The "circularValue" argument must be of type string or the value null or undefined');
      }
      return '"[Circular]"';
    }
    function getDeterministicOption(options) {
      let value;
      if (hasOwnProperty2.call(options, "deterministic")) {
        value = options.deterministic;
        if (typeof value !== "boolean" && typeof value !== "function") {
          throw new TypeError('The "deterministic" argument must be of type boolean or comparator function');
        }
      }
      return value === void 0 ? true : value;
    }
    function getBooleanOption(options, key) {
      let value;
      if (hasOwnProperty2.call(options, key)) {
        value = options[key];
        if (typeof value !== "boolean") {
          throw new TypeError(`The "${key}" argument must be of type boolean`);
        }
      }
      return value === void 0 ? true : value;
    }
    function getPositiveIntegerOption(options, key) {
      let value;
      if (hasOwnProperty2.call(options, key)) {
        value = options[key];
        if (typeof value !== "number") {
          throw new TypeError(`The "${key}" argument must be of type number`);
        }
        if (!Number.isInteger(value)) {
          throw new TypeError(`The "${key}" argument must be an integer`);
        }
        if (value < 1) {
          throw new RangeError(`The "${key}" argument must be >= 1`);
        }
      }
      return value === void 0 ? Infinity : value;
    }
    function getItemCount(number) {
      if (number === 1) {
        return "1 item";
      }
      return `${number} items`;
    }
    function getUniqueReplacerSet(replacerArray) {
      const replacerSet = /* @__PURE__ */ new Set();
      for (const value of replacerArray) {
        if (typeof value === "string" || typeof value === "number") {
          replacerSet.add(String(value));
        }
      }
      return replacerSet;
    }
    function getStrictOption(options) {
      if (hasOwnProperty2.call(options, "strict")) {
        const value = options.strict;
        if (typeof value !== "boolean") {
          throw new TypeError('The "strict" argument must be of type boolean');
        }
        if (value) {
          return (value2) => {
            let message = `Object can not safely be stringified. Received type ${typeof value2}`;
            if (typeof value2 !== "function") message += ` (${value2.toString()})`;
            throw new Error(message);
          };
        }
      }
    }
    function configure(options) {
      options = { ...options };
      const fail = getStrictOption(options);
      if (fail) {
        if (options.bigint === void 0) {
          options.bigint = false;
        }
        if (!("circularValue" in options)) {
          options.circularValue = Error;
        }
      }
      const circularValue = getCircularValueOption(options);
      const bigint = getBooleanOption(options, "bigint");
      const deterministic = getDeterministicOption(options);
      const comparator = typeof deterministic === "function" ? deterministic : void 0;
      const maximumDepth = getPositiveIntegerOption(options, "maximumDepth");
      const maximumBreadth = getPositiveIntegerOption(options, "maximumBreadth");
      function stringifyFnReplacer(key, parent, stack, replacer, spacer, indentation) {
        let value = parent[key];
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        value = replacer.call(parent, key, value);
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            let join12 = ",";
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join12 = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join12;
              }
              const tmp = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join12}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys2 = Object.keys(value);
            const keyLength = keys2.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let whitespace = "";
            let separator = "";
            if (spacer !== "") {
              indentation += spacer;
              join12 = `,
${indentation}`;
              whitespace = " ";
            }
            const maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (deterministic && !isTypedArrayWithEntries(value)) {
              keys2 = sort(keys2, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys2[i];
              const tmp = stringifyFnReplacer(key2, value, stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join12;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":${whitespace}"${getItemCount(removedKeys)} not stringified"`;
              separator = join12;
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyArrayReplacer(key, value, stack, replacer, spacer, indentation) {
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            let res = "";
            let join12 = ",";
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join12 = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join12;
              }
              const tmp = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join12}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            stack.push(value);
            let whitespace = "";
            if (spacer !== "") {
              indentation += spacer;
              join12 = `,
${indentation}`;
              whitespace = " ";
            }
            let separator = "";
            for (const key2 of replacer) {
              const tmp = stringifyArrayReplacer(key2, value[key2], stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join12;
              }
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyIndent(key, value, stack, spacer, indentation) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifyIndent(key, value, stack, spacer, indentation);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              indentation += spacer;
              let res2 = `
${indentation}`;
              const join13 = `,
${indentation}`;
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyIndent(String(i), value[i], stack, spacer, indentation);
                res2 += tmp2 !== void 0 ? tmp2 : "null";
                res2 += join13;
              }
              const tmp = stringifyIndent(String(i), value[i], stack, spacer, indentation);
              res2 += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res2 += `${join13}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              res2 += `
${originalIndentation}`;
              stack.pop();
              return `[${res2}]`;
            }
            let keys2 = Object.keys(value);
            const keyLength = keys2.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            indentation += spacer;
            const join12 = `,
${indentation}`;
            let res = "";
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, join12, maximumBreadth);
              keys2 = keys2.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = join12;
            }
            if (deterministic) {
              keys2 = sort(keys2, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys2[i];
              const tmp = stringifyIndent(key2, value[key2], stack, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}: ${tmp}`;
                separator = join12;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...": "${getItemCount(removedKeys)} not stringified"`;
              separator = join12;
            }
            if (separator !== "") {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifySimple(key, value, stack) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifySimple(key, value, stack);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            const hasLength = value.length !== void 0;
            if (hasLength && Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifySimple(String(i), value[i], stack);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += ",";
              }
              const tmp = stringifySimple(String(i), value[i], stack);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `,"... ${getItemCount(removedKeys)} not stringified"`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys2 = Object.keys(value);
            const keyLength = keys2.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (hasLength && isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, ",", maximumBreadth);
              keys2 = keys2.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = ",";
            }
            if (deterministic) {
              keys2 = sort(keys2, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys2[i];
              const tmp = stringifySimple(key2, value[key2], stack);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${tmp}`;
                separator = ",";
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":"${getItemCount(removedKeys)} not stringified"`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringify2(value, replacer, space) {
        if (arguments.length > 1) {
          let spacer = "";
          if (typeof space === "number") {
            spacer = " ".repeat(Math.min(space, 10));
          } else if (typeof space === "string") {
            spacer = space.slice(0, 10);
          }
          if (replacer != null) {
            if (typeof replacer === "function") {
              return stringifyFnReplacer("", { "": value }, [], replacer, spacer, "");
            }
            if (Array.isArray(replacer)) {
              return stringifyArrayReplacer("", value, [], getUniqueReplacerSet(replacer), spacer, "");
            }
          }
          if (spacer.length !== 0) {
            return stringifyIndent("", value, [], spacer, "");
          }
        }
        return stringifySimple("", value, []);
      }
      return stringify2;
    }
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/multistream.js
var require_multistream = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/multistream.js"(exports, module) {
    "use strict";
    var metadata = Symbol.for("pino.metadata");
    var { DEFAULT_LEVELS } = require_constants();
    var DEFAULT_INFO_LEVEL = DEFAULT_LEVELS.info;
    function multistream(streamsArray, opts) {
      streamsArray = streamsArray || [];
      opts = opts || { dedupe: false };
      const streamLevels = Object.create(DEFAULT_LEVELS);
      streamLevels.silent = Infinity;
      if (opts.levels && typeof opts.levels === "object") {
        Object.keys(opts.levels).forEach((i) => {
          streamLevels[i] = opts.levels[i];
        });
      }
      const res = {
        write,
        add,
        remove,
        emit,
        flushSync,
        end,
        minLevel: 0,
        lastId: 0,
        streams: [],
        clone: clone2,
        [metadata]: true,
        streamLevels
      };
      if (Array.isArray(streamsArray)) {
        streamsArray.forEach(add, res);
      } else {
        add.call(res, streamsArray);
      }
      streamsArray = null;
      return res;
      function write(data) {
        let dest;
        const level = typeof this.lastLevel === "string" ? (this.streamLevels || streamLevels)[this.lastLevel] : this.lastLevel;
        const { streams } = this;
        let recordedLevel = 0;
        let stream;
        for (let i = initLoopVar(streams.length, opts.dedupe); checkLoopVar(i, streams.length, opts.dedupe); i = adjustLoopVar(i, opts.dedupe)) {
          dest = streams[i];
          if (dest.level <= level) {
            if (recordedLevel !== 0 && recordedLevel !== dest.level) {
              break;
            }
            stream = dest.stream;
            if (stream[metadata]) {
              const { lastTime, lastMsg, lastObj, lastLogger } = this;
              stream.lastLevel = level;
              stream.lastTime = lastTime;
              stream.lastMsg = lastMsg;
              stream.lastObj = lastObj;
              stream.lastLogger = lastLogger;
            }
            stream.write(data);
            if (opts.dedupe) {
              recordedLevel = dest.level;
            }
          } else if (!opts.dedupe) {
            break;
          }
        }
      }
      function emit(...args) {
        for (const { stream } of this.streams) {
          if (typeof stream.emit === "function") {
            stream.emit(...args);
          }
        }
      }
      function flushSync() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
        }
      }
      function add(dest) {
        if (!dest) {
          return this;
        }
        const isStream = typeof dest.write === "function" || dest.stream;
        const stream_ = dest.write ? dest : dest.stream;
        if (!isStream) {
          throw Error("stream object needs to implement either StreamEntry or DestinationStream interface");
        }
        const { streams, streamLevels: streamLevels2 } = this;
        let level;
        if (typeof dest.levelVal === "number") {
          level = dest.levelVal;
        } else if (typeof dest.level === "string") {
          level = streamLevels2[dest.level];
        } else if (typeof dest.level === "number") {
          level = dest.level;
        } else {
          level = DEFAULT_INFO_LEVEL;
        }
        const dest_ = {
          stream: stream_,
          level,
          levelVal: void 0,
          id: ++res.lastId
        };
        streams.unshift(dest_);
        streams.sort(compareByLevel);
        this.minLevel = streams[0].level;
        return this;
      }
      function remove(id) {
        const { streams } = this;
        const index = streams.findIndex((s) => s.id === id);
        if (index >= 0) {
          streams.splice(index, 1);
          streams.sort(compareByLevel);
          this.minLevel = streams.length > 0 ? streams[0].level : -1;
        }
        return this;
      }
      function end() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
          stream.end();
        }
      }
      function clone2(level) {
        const streams = new Array(this.streams.length);
        for (let i = 0; i < streams.length; i++) {
          streams[i] = {
            level,
            stream: this.streams[i].stream
          };
        }
        return {
          write,
          add,
          remove,
          emit,
          flushSync,
          end,
          minLevel: level,
          streams,
          clone: clone2,
          [metadata]: true,
          streamLevels
        };
      }
    }
    function compareByLevel(a, b) {
      return a.level - b.level;
    }
    function initLoopVar(length, dedupe) {
      return dedupe ? length - 1 : 0;
    }
    function adjustLoopVar(i, dedupe) {
      return dedupe ? i - 1 : i + 1;
    }
    function checkLoopVar(i, length, dedupe) {
      return dedupe ? i >= 0 : i < length;
    }
    module.exports = multistream;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/pino.js
var require_pino = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/pino.js"(exports, module) {
    "use strict";
    var os = __require("node:os");
    var stdSerializers = require_pino_std_serializers();
    var caller = require_caller();
    var redaction = require_redaction();
    var time = require_time();
    var proto = require_proto();
    var symbols = require_symbols();
    var { configure } = require_safe_stable_stringify();
    var { assertDefaultLevelFound, mappings, genLsCache, genLevelComparison, assertLevelComparison } = require_levels();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var {
      createArgsNormalizer,
      asChindings,
      buildSafeSonicBoom,
      buildFormatters,
      stringify,
      normalizeDestFileDescriptor,
      noop: noop2
    } = require_tools();
    var { version } = require_meta();
    var {
      chindingsSym,
      redactFmtSym,
      serializersSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      setLevelSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      mixinSym,
      levelCompSym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    } = symbols;
    var { epochTime, nullTime } = time;
    var { pid } = process;
    var hostname2 = os.hostname();
    var defaultErrorSerializer = stdSerializers.err;
    var defaultOptions = {
      level: "info",
      levelComparison: SORTING_ORDER.ASC,
      levels: DEFAULT_LEVELS,
      messageKey: "msg",
      errorKey: "err",
      nestedKey: null,
      enabled: true,
      base: { pid, hostname: hostname2 },
      serializers: Object.assign(/* @__PURE__ */ Object.create(null), {
        err: defaultErrorSerializer
      }),
      formatters: Object.assign(/* @__PURE__ */ Object.create(null), {
        bindings(bindings) {
          return bindings;
        },
        level(label, number) {
          return { level: number };
        }
      }),
      hooks: {
        logMethod: void 0,
        streamWrite: void 0
      },
      timestamp: epochTime,
      name: void 0,
      redact: null,
      customLevels: null,
      useOnlyCustomLevels: false,
      depthLimit: 5,
      edgeLimit: 100
    };
    var normalize = createArgsNormalizer(defaultOptions);
    var serializers = Object.assign(/* @__PURE__ */ Object.create(null), stdSerializers);
    function pino2(...args) {
      const instance = {};
      const { opts, stream } = normalize(instance, caller(), ...args);
      if (opts.level && typeof opts.level === "string" && DEFAULT_LEVELS[opts.level.toLowerCase()] !== void 0) opts.level = opts.level.toLowerCase();
      const {
        redact,
        crlf,
        serializers: serializers2,
        timestamp,
        messageKey,
        errorKey,
        nestedKey,
        base,
        name,
        level,
        customLevels,
        levelComparison,
        mixin: mixin2,
        mixinMergeStrategy,
        useOnlyCustomLevels,
        formatters,
        hooks,
        depthLimit,
        edgeLimit,
        onChild,
        msgPrefix
      } = opts;
      const stringifySafe = configure({
        maximumDepth: depthLimit,
        maximumBreadth: edgeLimit
      });
      const allFormatters = buildFormatters(
        formatters.level,
        formatters.bindings,
        formatters.log
      );
      const stringifyFn = stringify.bind({
        [stringifySafeSym]: stringifySafe
      });
      const stringifiers = redact ? Object.assign(/* @__PURE__ */ Object.create(null), redaction(redact, stringifyFn)) : /* @__PURE__ */ Object.create(null);
      const formatOpts = redact ? { stringify: stringifiers[redactFmtSym] } : { stringify: stringifyFn };
      const end = "}" + (crlf ? "\r\n" : "\n");
      const coreChindings = asChindings.bind(null, {
        [chindingsSym]: "",
        [serializersSym]: serializers2,
        [stringifiersSym]: stringifiers,
        [stringifySym]: stringify,
        [stringifySafeSym]: stringifySafe,
        [formattersSym]: allFormatters
      });
      let chindings = "";
      if (base !== null) {
        if (name === void 0) {
          chindings = coreChindings(base);
        } else {
          chindings = coreChindings(Object.assign({}, base, { name }));
        }
      }
      const time2 = timestamp instanceof Function ? timestamp : timestamp ? epochTime : nullTime;
      const timeSliceIndex = time2().indexOf(":") + 1;
      if (useOnlyCustomLevels && !customLevels) throw Error("customLevels is required if useOnlyCustomLevels is set true");
      if (mixin2 && typeof mixin2 !== "function") throw Error(`Unknown mixin type "${typeof mixin2}" - expected "function"`);
      if (msgPrefix && typeof msgPrefix !== "string") throw Error(`Unknown msgPrefix type "${typeof msgPrefix}" - expected "string"`);
      assertDefaultLevelFound(level, customLevels, useOnlyCustomLevels);
      const levels = mappings(customLevels, useOnlyCustomLevels);
      if (stream && stream[transportUsesMultistreamSym] === true) {
        let sampleLabel = typeof level === "string" ? level : void 0;
        if (!sampleLabel || levels[sampleLabel] === void 0) {
          sampleLabel = Object.keys(levels)[0];
        }
        const sampleNumber = levels[sampleLabel];
        let ok = false;
        try {
          const formatted = formatters.level(sampleLabel, sampleNumber);
          ok = formatted && typeof formatted === "object" && formatted.level === sampleNumber;
        } catch {
          ok = false;
        }
        if (!ok) {
          process.emitWarning(
            'custom formatters.level detected with multiple transport targets/pipelines; ensure logs include a numeric "level" field or they may be dropped',
            { code: "PINO_TRANSPORT_MULTI_TARGETS_LEVEL_FORMATTER" }
          );
        }
      }
      if (typeof stream.emit === "function") {
        stream.emit("message", { code: "PINO_CONFIG", config: { levels, messageKey, errorKey } });
      }
      assertLevelComparison(levelComparison);
      const levelCompFunc = genLevelComparison(levelComparison);
      Object.assign(instance, {
        levels,
        [levelCompSym]: levelCompFunc,
        [useOnlyCustomLevelsSym]: useOnlyCustomLevels,
        [streamSym]: stream,
        [timeSym]: time2,
        [timeSliceIndexSym]: timeSliceIndex,
        [stringifySym]: stringify,
        [stringifySafeSym]: stringifySafe,
        [stringifiersSym]: stringifiers,
        [endSym]: end,
        [formatOptsSym]: formatOpts,
        [messageKeySym]: messageKey,
        [errorKeySym]: errorKey,
        [nestedKeySym]: nestedKey,
        // protect against injection
        [nestedKeyStrSym]: nestedKey ? `,${JSON.stringify(nestedKey)}:{` : "",
        [serializersSym]: serializers2,
        [mixinSym]: mixin2,
        [mixinMergeStrategySym]: mixinMergeStrategy,
        [chindingsSym]: chindings,
        [formattersSym]: allFormatters,
        [hooksSym]: hooks,
        silent: noop2,
        onChild,
        [msgPrefixSym]: msgPrefix
      });
      Object.setPrototypeOf(instance, proto());
      genLsCache(instance);
      instance[setLevelSym](level);
      return instance;
    }
    module.exports = pino2;
    module.exports.destination = (dest = process.stdout.fd) => {
      if (typeof dest === "object") {
        dest.dest = normalizeDestFileDescriptor(dest.dest || process.stdout.fd);
        return buildSafeSonicBoom(dest);
      } else {
        return buildSafeSonicBoom({ dest: normalizeDestFileDescriptor(dest), minLength: 0 });
      }
    };
    module.exports.transport = require_transport();
    module.exports.multistream = require_multistream();
    module.exports.levels = mappings();
    module.exports.stdSerializers = serializers;
    module.exports.stdTimeFunctions = Object.assign({}, time);
    module.exports.symbols = symbols;
    module.exports.version = version;
    module.exports.default = pino2;
    module.exports.pino = pino2;
  }
});

// shared/dist/logger.js
function createLogger(settings = {}) {
  const fd = settings.fd ?? 1;
  const pretty = settings.pretty ?? Boolean(fd === 1 ? process.stdout.isTTY : process.stderr.isTTY);
  const options = {
    level: settings.level ?? process.env["ZKDEPLOY_LOG_LEVEL"] ?? "info",
    base: settings.name ? { name: settings.name } : {},
    timestamp: import_pino.pino.stdTimeFunctions.isoTime,
    serializers: { err: import_pino.pino.stdSerializers.err }
  };
  if (pretty) {
    return (0, import_pino.pino)({
      ...options,
      transport: { target: "pino-pretty", options: { destination: fd, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } }
    });
  }
  return (0, import_pino.pino)(options, import_pino.pino.destination({ fd, sync: true }));
}
var import_pino;
var init_logger = __esm({
  "shared/dist/logger.js"() {
    "use strict";
    import_pino = __toESM(require_pino(), 1);
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
function quoteForMessage(value, max2 = 80) {
  const text2 = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const cut = text2.length > max2 ? `${text2.slice(0, max2)}\u2026` : text2;
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
  const first2 = problems[0] ?? { field: "(root)", sentence: "payload is invalid" };
  const others = problems.slice(1).map((p) => p.field).filter((f, i, all) => f !== first2.field && all.indexOf(f) === i);
  const tail2 = others.length > 0 ? ` (also invalid: ${others.join(", ")})` : "";
  throw new ValidationError(`${first2.sentence}${tail2}`, { field: first2.field, details: { problems } });
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
  const { signature: _ignored, ...rest2 } = payload;
  return Buffer.from(canonical(rest2), "utf8");
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
function verifyPayloadSignature(payload, keys2) {
  const sig = payload.signature;
  if (!sig) {
    throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, "payload is not signed, and this agent only accepts payloads signed by a trusted key", {
      hint: "publish with --sign-key"
    });
  }
  const match = /^ed25519:([A-Za-z0-9+/]+={0,2})$/.exec(sig);
  const bytes = signedBytes(payload);
  if (!match?.[1] || !keys2.some((key) => verify(null, bytes, key, Buffer.from(match[1], "base64")))) {
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

// node_modules/.pnpm/async@3.2.6/node_modules/async/dist/async.js
var require_async = __commonJS({
  "node_modules/.pnpm/async@3.2.6/node_modules/async/dist/async.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global2 = typeof globalThis !== "undefined" ? globalThis : global2 || self, factory(global2.async = {}));
    })(exports, (function(exports2) {
      "use strict";
      function apply(fn, ...args) {
        return (...callArgs) => fn(...args, ...callArgs);
      }
      function initialParams(fn) {
        return function(...args) {
          var callback = args.pop();
          return fn.call(this, args, callback);
        };
      }
      var hasQueueMicrotask = typeof queueMicrotask === "function" && queueMicrotask;
      var hasSetImmediate = typeof setImmediate === "function" && setImmediate;
      var hasNextTick = typeof process === "object" && typeof process.nextTick === "function";
      function fallback(fn) {
        setTimeout(fn, 0);
      }
      function wrap2(defer) {
        return (fn, ...args) => defer(() => fn(...args));
      }
      var _defer$1;
      if (hasQueueMicrotask) {
        _defer$1 = queueMicrotask;
      } else if (hasSetImmediate) {
        _defer$1 = setImmediate;
      } else if (hasNextTick) {
        _defer$1 = process.nextTick;
      } else {
        _defer$1 = fallback;
      }
      var setImmediate$1 = wrap2(_defer$1);
      function asyncify(func) {
        if (isAsync(func)) {
          return function(...args) {
            const callback = args.pop();
            const promise = func.apply(this, args);
            return handlePromise(promise, callback);
          };
        }
        return initialParams(function(args, callback) {
          var result2;
          try {
            result2 = func.apply(this, args);
          } catch (e) {
            return callback(e);
          }
          if (result2 && typeof result2.then === "function") {
            return handlePromise(result2, callback);
          } else {
            callback(null, result2);
          }
        });
      }
      function handlePromise(promise, callback) {
        return promise.then((value) => {
          invokeCallback(callback, null, value);
        }, (err) => {
          invokeCallback(callback, err && (err instanceof Error || err.message) ? err : new Error(err));
        });
      }
      function invokeCallback(callback, error, value) {
        try {
          callback(error, value);
        } catch (err) {
          setImmediate$1((e) => {
            throw e;
          }, err);
        }
      }
      function isAsync(fn) {
        return fn[Symbol.toStringTag] === "AsyncFunction";
      }
      function isAsyncGenerator(fn) {
        return fn[Symbol.toStringTag] === "AsyncGenerator";
      }
      function isAsyncIterable(obj) {
        return typeof obj[Symbol.asyncIterator] === "function";
      }
      function wrapAsync(asyncFn) {
        if (typeof asyncFn !== "function") throw new Error("expected a function");
        return isAsync(asyncFn) ? asyncify(asyncFn) : asyncFn;
      }
      function awaitify(asyncFn, arity) {
        if (!arity) arity = asyncFn.length;
        if (!arity) throw new Error("arity is undefined");
        function awaitable(...args) {
          if (typeof args[arity - 1] === "function") {
            return asyncFn.apply(this, args);
          }
          return new Promise((resolve5, reject3) => {
            args[arity - 1] = (err, ...cbArgs) => {
              if (err) return reject3(err);
              resolve5(cbArgs.length > 1 ? cbArgs : cbArgs[0]);
            };
            asyncFn.apply(this, args);
          });
        }
        return awaitable;
      }
      function applyEach$1(eachfn) {
        return function applyEach2(fns, ...callArgs) {
          const go = awaitify(function(callback) {
            var that = this;
            return eachfn(fns, (fn, cb2) => {
              wrapAsync(fn).apply(that, callArgs.concat(cb2));
            }, callback);
          });
          return go;
        };
      }
      function _asyncMap(eachfn, arr, iteratee2, callback) {
        arr = arr || [];
        var results = [];
        var counter = 0;
        var _iteratee = wrapAsync(iteratee2);
        return eachfn(arr, (value, _3, iterCb) => {
          var index2 = counter++;
          _iteratee(value, (err, v) => {
            results[index2] = v;
            iterCb(err);
          });
        }, (err) => {
          callback(err, results);
        });
      }
      function isArrayLike(value) {
        return value && typeof value.length === "number" && value.length >= 0 && value.length % 1 === 0;
      }
      const breakLoop = {};
      function once(fn) {
        function wrapper(...args) {
          if (fn === null) return;
          var callFn = fn;
          fn = null;
          callFn.apply(this, args);
        }
        Object.assign(wrapper, fn);
        return wrapper;
      }
      function getIterator(coll) {
        return coll[Symbol.iterator] && coll[Symbol.iterator]();
      }
      function createArrayIterator(coll) {
        var i = -1;
        var len = coll.length;
        return function next() {
          return ++i < len ? { value: coll[i], key: i } : null;
        };
      }
      function createES2015Iterator(iterator) {
        var i = -1;
        return function next() {
          var item = iterator.next();
          if (item.done)
            return null;
          i++;
          return { value: item.value, key: i };
        };
      }
      function createObjectIterator(obj) {
        var okeys = obj ? Object.keys(obj) : [];
        var i = -1;
        var len = okeys.length;
        return function next() {
          var key = okeys[++i];
          if (key === "__proto__") {
            return next();
          }
          return i < len ? { value: obj[key], key } : null;
        };
      }
      function createIterator(coll) {
        if (isArrayLike(coll)) {
          return createArrayIterator(coll);
        }
        var iterator = getIterator(coll);
        return iterator ? createES2015Iterator(iterator) : createObjectIterator(coll);
      }
      function onlyOnce(fn) {
        return function(...args) {
          if (fn === null) throw new Error("Callback was already called.");
          var callFn = fn;
          fn = null;
          callFn.apply(this, args);
        };
      }
      function asyncEachOfLimit(generator, limit, iteratee2, callback) {
        let done = false;
        let canceled = false;
        let awaiting = false;
        let running = 0;
        let idx = 0;
        function replenish() {
          if (running >= limit || awaiting || done) return;
          awaiting = true;
          generator.next().then(({ value, done: iterDone }) => {
            if (canceled || done) return;
            awaiting = false;
            if (iterDone) {
              done = true;
              if (running <= 0) {
                callback(null);
              }
              return;
            }
            running++;
            iteratee2(value, idx, iterateeCallback);
            idx++;
            replenish();
          }).catch(handleError);
        }
        function iterateeCallback(err, result2) {
          running -= 1;
          if (canceled) return;
          if (err) return handleError(err);
          if (err === false) {
            done = true;
            canceled = true;
            return;
          }
          if (result2 === breakLoop || done && running <= 0) {
            done = true;
            return callback(null);
          }
          replenish();
        }
        function handleError(err) {
          if (canceled) return;
          awaiting = false;
          done = true;
          callback(err);
        }
        replenish();
      }
      var eachOfLimit$2 = (limit) => {
        return (obj, iteratee2, callback) => {
          callback = once(callback);
          if (limit <= 0) {
            throw new RangeError("concurrency limit cannot be less than 1");
          }
          if (!obj) {
            return callback(null);
          }
          if (isAsyncGenerator(obj)) {
            return asyncEachOfLimit(obj, limit, iteratee2, callback);
          }
          if (isAsyncIterable(obj)) {
            return asyncEachOfLimit(obj[Symbol.asyncIterator](), limit, iteratee2, callback);
          }
          var nextElem = createIterator(obj);
          var done = false;
          var canceled = false;
          var running = 0;
          var looping = false;
          function iterateeCallback(err, value) {
            if (canceled) return;
            running -= 1;
            if (err) {
              done = true;
              callback(err);
            } else if (err === false) {
              done = true;
              canceled = true;
            } else if (value === breakLoop || done && running <= 0) {
              done = true;
              return callback(null);
            } else if (!looping) {
              replenish();
            }
          }
          function replenish() {
            looping = true;
            while (running < limit && !done) {
              var elem = nextElem();
              if (elem === null) {
                done = true;
                if (running <= 0) {
                  callback(null);
                }
                return;
              }
              running += 1;
              iteratee2(elem.value, elem.key, onlyOnce(iterateeCallback));
            }
            looping = false;
          }
          replenish();
        };
      };
      function eachOfLimit(coll, limit, iteratee2, callback) {
        return eachOfLimit$2(limit)(coll, wrapAsync(iteratee2), callback);
      }
      var eachOfLimit$1 = awaitify(eachOfLimit, 4);
      function eachOfArrayLike(coll, iteratee2, callback) {
        callback = once(callback);
        var index2 = 0, completed = 0, { length } = coll, canceled = false;
        if (length === 0) {
          callback(null);
        }
        function iteratorCallback(err, value) {
          if (err === false) {
            canceled = true;
          }
          if (canceled === true) return;
          if (err) {
            callback(err);
          } else if (++completed === length || value === breakLoop) {
            callback(null);
          }
        }
        for (; index2 < length; index2++) {
          iteratee2(coll[index2], index2, onlyOnce(iteratorCallback));
        }
      }
      function eachOfGeneric(coll, iteratee2, callback) {
        return eachOfLimit$1(coll, Infinity, iteratee2, callback);
      }
      function eachOf(coll, iteratee2, callback) {
        var eachOfImplementation = isArrayLike(coll) ? eachOfArrayLike : eachOfGeneric;
        return eachOfImplementation(coll, wrapAsync(iteratee2), callback);
      }
      var eachOf$1 = awaitify(eachOf, 3);
      function map2(coll, iteratee2, callback) {
        return _asyncMap(eachOf$1, coll, iteratee2, callback);
      }
      var map$1 = awaitify(map2, 3);
      var applyEach = applyEach$1(map$1);
      function eachOfSeries(coll, iteratee2, callback) {
        return eachOfLimit$1(coll, 1, iteratee2, callback);
      }
      var eachOfSeries$1 = awaitify(eachOfSeries, 3);
      function mapSeries(coll, iteratee2, callback) {
        return _asyncMap(eachOfSeries$1, coll, iteratee2, callback);
      }
      var mapSeries$1 = awaitify(mapSeries, 3);
      var applyEachSeries = applyEach$1(mapSeries$1);
      const PROMISE_SYMBOL = Symbol("promiseCallback");
      function promiseCallback() {
        let resolve5, reject3;
        function callback(err, ...args) {
          if (err) return reject3(err);
          resolve5(args.length > 1 ? args : args[0]);
        }
        callback[PROMISE_SYMBOL] = new Promise((res, rej) => {
          resolve5 = res, reject3 = rej;
        });
        return callback;
      }
      function auto(tasks, concurrency, callback) {
        if (typeof concurrency !== "number") {
          callback = concurrency;
          concurrency = null;
        }
        callback = once(callback || promiseCallback());
        var numTasks = Object.keys(tasks).length;
        if (!numTasks) {
          return callback(null);
        }
        if (!concurrency) {
          concurrency = numTasks;
        }
        var results = {};
        var runningTasks = 0;
        var canceled = false;
        var hasError = false;
        var listeners = /* @__PURE__ */ Object.create(null);
        var readyTasks = [];
        var readyToCheck = [];
        var uncheckedDependencies = {};
        Object.keys(tasks).forEach((key) => {
          var task = tasks[key];
          if (!Array.isArray(task)) {
            enqueueTask(key, [task]);
            readyToCheck.push(key);
            return;
          }
          var dependencies = task.slice(0, task.length - 1);
          var remainingDependencies = dependencies.length;
          if (remainingDependencies === 0) {
            enqueueTask(key, task);
            readyToCheck.push(key);
            return;
          }
          uncheckedDependencies[key] = remainingDependencies;
          dependencies.forEach((dependencyName) => {
            if (!tasks[dependencyName]) {
              throw new Error("async.auto task `" + key + "` has a non-existent dependency `" + dependencyName + "` in " + dependencies.join(", "));
            }
            addListener(dependencyName, () => {
              remainingDependencies--;
              if (remainingDependencies === 0) {
                enqueueTask(key, task);
              }
            });
          });
        });
        checkForDeadlocks();
        processQueue();
        function enqueueTask(key, task) {
          readyTasks.push(() => runTask(key, task));
        }
        function processQueue() {
          if (canceled) return;
          if (readyTasks.length === 0 && runningTasks === 0) {
            return callback(null, results);
          }
          while (readyTasks.length && runningTasks < concurrency) {
            var run = readyTasks.shift();
            run();
          }
        }
        function addListener(taskName, fn) {
          var taskListeners = listeners[taskName];
          if (!taskListeners) {
            taskListeners = listeners[taskName] = [];
          }
          taskListeners.push(fn);
        }
        function taskComplete(taskName) {
          var taskListeners = listeners[taskName] || [];
          taskListeners.forEach((fn) => fn());
          processQueue();
        }
        function runTask(key, task) {
          if (hasError) return;
          var taskCallback = onlyOnce((err, ...result2) => {
            runningTasks--;
            if (err === false) {
              canceled = true;
              return;
            }
            if (result2.length < 2) {
              [result2] = result2;
            }
            if (err) {
              var safeResults = {};
              Object.keys(results).forEach((rkey) => {
                safeResults[rkey] = results[rkey];
              });
              safeResults[key] = result2;
              hasError = true;
              listeners = /* @__PURE__ */ Object.create(null);
              if (canceled) return;
              callback(err, safeResults);
            } else {
              results[key] = result2;
              taskComplete(key);
            }
          });
          runningTasks++;
          var taskFn = wrapAsync(task[task.length - 1]);
          if (task.length > 1) {
            taskFn(results, taskCallback);
          } else {
            taskFn(taskCallback);
          }
        }
        function checkForDeadlocks() {
          var currentTask;
          var counter = 0;
          while (readyToCheck.length) {
            currentTask = readyToCheck.pop();
            counter++;
            getDependents(currentTask).forEach((dependent) => {
              if (--uncheckedDependencies[dependent] === 0) {
                readyToCheck.push(dependent);
              }
            });
          }
          if (counter !== numTasks) {
            throw new Error(
              "async.auto cannot execute tasks due to a recursive dependency"
            );
          }
        }
        function getDependents(taskName) {
          var result2 = [];
          Object.keys(tasks).forEach((key) => {
            const task = tasks[key];
            if (Array.isArray(task) && task.indexOf(taskName) >= 0) {
              result2.push(key);
            }
          });
          return result2;
        }
        return callback[PROMISE_SYMBOL];
      }
      var FN_ARGS = /^(?:async\s)?(?:function)?\s*(?:\w+\s*)?\(([^)]+)\)(?:\s*{)/;
      var ARROW_FN_ARGS = /^(?:async\s)?\s*(?:\(\s*)?((?:[^)=\s]\s*)*)(?:\)\s*)?=>/;
      var FN_ARG_SPLIT = /,/;
      var FN_ARG = /(=.+)?(\s*)$/;
      function stripComments(string) {
        let stripped = "";
        let index2 = 0;
        let endBlockComment = string.indexOf("*/");
        while (index2 < string.length) {
          if (string[index2] === "/" && string[index2 + 1] === "/") {
            let endIndex = string.indexOf("\n", index2);
            index2 = endIndex === -1 ? string.length : endIndex;
          } else if (endBlockComment !== -1 && string[index2] === "/" && string[index2 + 1] === "*") {
            let endIndex = string.indexOf("*/", index2);
            if (endIndex !== -1) {
              index2 = endIndex + 2;
              endBlockComment = string.indexOf("*/", index2);
            } else {
              stripped += string[index2];
              index2++;
            }
          } else {
            stripped += string[index2];
            index2++;
          }
        }
        return stripped;
      }
      function parseParams(func) {
        const src = stripComments(func.toString());
        let match = src.match(FN_ARGS);
        if (!match) {
          match = src.match(ARROW_FN_ARGS);
        }
        if (!match) throw new Error("could not parse args in autoInject\nSource:\n" + src);
        let [, args] = match;
        return args.replace(/\s/g, "").split(FN_ARG_SPLIT).map((arg) => arg.replace(FN_ARG, "").trim());
      }
      function autoInject(tasks, callback) {
        var newTasks = {};
        Object.keys(tasks).forEach((key) => {
          var taskFn = tasks[key];
          var params;
          var fnIsAsync = isAsync(taskFn);
          var hasNoDeps = !fnIsAsync && taskFn.length === 1 || fnIsAsync && taskFn.length === 0;
          if (Array.isArray(taskFn)) {
            params = [...taskFn];
            taskFn = params.pop();
            newTasks[key] = params.concat(params.length > 0 ? newTask : taskFn);
          } else if (hasNoDeps) {
            newTasks[key] = taskFn;
          } else {
            params = parseParams(taskFn);
            if (taskFn.length === 0 && !fnIsAsync && params.length === 0) {
              throw new Error("autoInject task functions require explicit parameters.");
            }
            if (!fnIsAsync) params.pop();
            newTasks[key] = params.concat(newTask);
          }
          function newTask(results, taskCb) {
            var newArgs = params.map((name) => results[name]);
            newArgs.push(taskCb);
            wrapAsync(taskFn)(...newArgs);
          }
        });
        return auto(newTasks, callback);
      }
      class DLL {
        constructor() {
          this.head = this.tail = null;
          this.length = 0;
        }
        removeLink(node) {
          if (node.prev) node.prev.next = node.next;
          else this.head = node.next;
          if (node.next) node.next.prev = node.prev;
          else this.tail = node.prev;
          node.prev = node.next = null;
          this.length -= 1;
          return node;
        }
        empty() {
          while (this.head) this.shift();
          return this;
        }
        insertAfter(node, newNode) {
          newNode.prev = node;
          newNode.next = node.next;
          if (node.next) node.next.prev = newNode;
          else this.tail = newNode;
          node.next = newNode;
          this.length += 1;
        }
        insertBefore(node, newNode) {
          newNode.prev = node.prev;
          newNode.next = node;
          if (node.prev) node.prev.next = newNode;
          else this.head = newNode;
          node.prev = newNode;
          this.length += 1;
        }
        unshift(node) {
          if (this.head) this.insertBefore(this.head, node);
          else setInitial(this, node);
        }
        push(node) {
          if (this.tail) this.insertAfter(this.tail, node);
          else setInitial(this, node);
        }
        shift() {
          return this.head && this.removeLink(this.head);
        }
        pop() {
          return this.tail && this.removeLink(this.tail);
        }
        toArray() {
          return [...this];
        }
        *[Symbol.iterator]() {
          var cur = this.head;
          while (cur) {
            yield cur.data;
            cur = cur.next;
          }
        }
        remove(testFn) {
          var curr = this.head;
          while (curr) {
            var { next } = curr;
            if (testFn(curr)) {
              this.removeLink(curr);
            }
            curr = next;
          }
          return this;
        }
      }
      function setInitial(dll, node) {
        dll.length = 1;
        dll.head = dll.tail = node;
      }
      function queue$1(worker, concurrency, payload) {
        if (concurrency == null) {
          concurrency = 1;
        } else if (concurrency === 0) {
          throw new RangeError("Concurrency must not be zero");
        }
        var _worker = wrapAsync(worker);
        var numRunning = 0;
        var workersList = [];
        const events = {
          error: [],
          drain: [],
          saturated: [],
          unsaturated: [],
          empty: []
        };
        function on(event, handler) {
          events[event].push(handler);
        }
        function once2(event, handler) {
          const handleAndRemove = (...args) => {
            off(event, handleAndRemove);
            handler(...args);
          };
          events[event].push(handleAndRemove);
        }
        function off(event, handler) {
          if (!event) return Object.keys(events).forEach((ev) => events[ev] = []);
          if (!handler) return events[event] = [];
          events[event] = events[event].filter((ev) => ev !== handler);
        }
        function trigger(event, ...args) {
          events[event].forEach((handler) => handler(...args));
        }
        var processingScheduled = false;
        function _insert(data, insertAtFront, rejectOnError, callback) {
          if (callback != null && typeof callback !== "function") {
            throw new Error("task callback must be a function");
          }
          q.started = true;
          var res, rej;
          function promiseCallback2(err, ...args) {
            if (err) return rejectOnError ? rej(err) : res();
            if (args.length <= 1) return res(args[0]);
            res(args);
          }
          var item = q._createTaskItem(
            data,
            rejectOnError ? promiseCallback2 : callback || promiseCallback2
          );
          if (insertAtFront) {
            q._tasks.unshift(item);
          } else {
            q._tasks.push(item);
          }
          if (!processingScheduled) {
            processingScheduled = true;
            setImmediate$1(() => {
              processingScheduled = false;
              q.process();
            });
          }
          if (rejectOnError || !callback) {
            return new Promise((resolve5, reject3) => {
              res = resolve5;
              rej = reject3;
            });
          }
        }
        function _createCB(tasks) {
          return function(err, ...args) {
            numRunning -= 1;
            for (var i = 0, l = tasks.length; i < l; i++) {
              var task = tasks[i];
              var index2 = workersList.indexOf(task);
              if (index2 === 0) {
                workersList.shift();
              } else if (index2 > 0) {
                workersList.splice(index2, 1);
              }
              task.callback(err, ...args);
              if (err != null) {
                trigger("error", err, task.data);
              }
            }
            if (numRunning <= q.concurrency - q.buffer) {
              trigger("unsaturated");
            }
            if (q.idle()) {
              trigger("drain");
            }
            q.process();
          };
        }
        function _maybeDrain(data) {
          if (data.length === 0 && q.idle()) {
            setImmediate$1(() => trigger("drain"));
            return true;
          }
          return false;
        }
        const eventMethod = (name) => (handler) => {
          if (!handler) {
            return new Promise((resolve5, reject3) => {
              once2(name, (err, data) => {
                if (err) return reject3(err);
                resolve5(data);
              });
            });
          }
          off(name);
          on(name, handler);
        };
        var isProcessing = false;
        var q = {
          _tasks: new DLL(),
          _createTaskItem(data, callback) {
            return {
              data,
              callback
            };
          },
          *[Symbol.iterator]() {
            yield* q._tasks[Symbol.iterator]();
          },
          concurrency,
          payload,
          buffer: concurrency / 4,
          started: false,
          paused: false,
          push(data, callback) {
            if (Array.isArray(data)) {
              if (_maybeDrain(data)) return;
              return data.map((datum) => _insert(datum, false, false, callback));
            }
            return _insert(data, false, false, callback);
          },
          pushAsync(data, callback) {
            if (Array.isArray(data)) {
              if (_maybeDrain(data)) return;
              return data.map((datum) => _insert(datum, false, true, callback));
            }
            return _insert(data, false, true, callback);
          },
          kill() {
            off();
            q._tasks.empty();
          },
          unshift(data, callback) {
            if (Array.isArray(data)) {
              if (_maybeDrain(data)) return;
              return data.map((datum) => _insert(datum, true, false, callback));
            }
            return _insert(data, true, false, callback);
          },
          unshiftAsync(data, callback) {
            if (Array.isArray(data)) {
              if (_maybeDrain(data)) return;
              return data.map((datum) => _insert(datum, true, true, callback));
            }
            return _insert(data, true, true, callback);
          },
          remove(testFn) {
            q._tasks.remove(testFn);
          },
          process() {
            if (isProcessing) {
              return;
            }
            isProcessing = true;
            while (!q.paused && numRunning < q.concurrency && q._tasks.length) {
              var tasks = [], data = [];
              var l = q._tasks.length;
              if (q.payload) l = Math.min(l, q.payload);
              for (var i = 0; i < l; i++) {
                var node = q._tasks.shift();
                tasks.push(node);
                workersList.push(node);
                data.push(node.data);
              }
              numRunning += 1;
              if (q._tasks.length === 0) {
                trigger("empty");
              }
              if (numRunning === q.concurrency) {
                trigger("saturated");
              }
              var cb2 = onlyOnce(_createCB(tasks));
              _worker(data, cb2);
            }
            isProcessing = false;
          },
          length() {
            return q._tasks.length;
          },
          running() {
            return numRunning;
          },
          workersList() {
            return workersList;
          },
          idle() {
            return q._tasks.length + numRunning === 0;
          },
          pause() {
            q.paused = true;
          },
          resume() {
            if (q.paused === false) {
              return;
            }
            q.paused = false;
            setImmediate$1(q.process);
          }
        };
        Object.defineProperties(q, {
          saturated: {
            writable: false,
            value: eventMethod("saturated")
          },
          unsaturated: {
            writable: false,
            value: eventMethod("unsaturated")
          },
          empty: {
            writable: false,
            value: eventMethod("empty")
          },
          drain: {
            writable: false,
            value: eventMethod("drain")
          },
          error: {
            writable: false,
            value: eventMethod("error")
          }
        });
        return q;
      }
      function cargo$1(worker, payload) {
        return queue$1(worker, 1, payload);
      }
      function cargo(worker, concurrency, payload) {
        return queue$1(worker, concurrency, payload);
      }
      function reduce(coll, memo, iteratee2, callback) {
        callback = once(callback);
        var _iteratee = wrapAsync(iteratee2);
        return eachOfSeries$1(coll, (x, i, iterCb) => {
          _iteratee(memo, x, (err, v) => {
            memo = v;
            iterCb(err);
          });
        }, (err) => callback(err, memo));
      }
      var reduce$1 = awaitify(reduce, 4);
      function seq(...functions2) {
        var _functions = functions2.map(wrapAsync);
        return function(...args) {
          var that = this;
          var cb2 = args[args.length - 1];
          if (typeof cb2 == "function") {
            args.pop();
          } else {
            cb2 = promiseCallback();
          }
          reduce$1(
            _functions,
            args,
            (newargs, fn, iterCb) => {
              fn.apply(that, newargs.concat((err, ...nextargs) => {
                iterCb(err, nextargs);
              }));
            },
            (err, results) => cb2(err, ...results)
          );
          return cb2[PROMISE_SYMBOL];
        };
      }
      function compose2(...args) {
        return seq(...args.reverse());
      }
      function mapLimit(coll, limit, iteratee2, callback) {
        return _asyncMap(eachOfLimit$2(limit), coll, iteratee2, callback);
      }
      var mapLimit$1 = awaitify(mapLimit, 4);
      function concatLimit(coll, limit, iteratee2, callback) {
        var _iteratee = wrapAsync(iteratee2);
        return mapLimit$1(coll, limit, (val, iterCb) => {
          _iteratee(val, (err, ...args) => {
            if (err) return iterCb(err);
            return iterCb(err, args);
          });
        }, (err, mapResults) => {
          var result2 = [];
          for (var i = 0; i < mapResults.length; i++) {
            if (mapResults[i]) {
              result2 = result2.concat(...mapResults[i]);
            }
          }
          return callback(err, result2);
        });
      }
      var concatLimit$1 = awaitify(concatLimit, 4);
      function concat(coll, iteratee2, callback) {
        return concatLimit$1(coll, Infinity, iteratee2, callback);
      }
      var concat$1 = awaitify(concat, 3);
      function concatSeries(coll, iteratee2, callback) {
        return concatLimit$1(coll, 1, iteratee2, callback);
      }
      var concatSeries$1 = awaitify(concatSeries, 3);
      function constant$1(...args) {
        return function(...ignoredArgs) {
          var callback = ignoredArgs.pop();
          return callback(null, ...args);
        };
      }
      function _createTester(check, getResult) {
        return (eachfn, arr, _iteratee, cb2) => {
          var testPassed = false;
          var testResult;
          const iteratee2 = wrapAsync(_iteratee);
          eachfn(arr, (value, _3, callback) => {
            iteratee2(value, (err, result2) => {
              if (err || err === false) return callback(err);
              if (check(result2) && !testResult) {
                testPassed = true;
                testResult = getResult(true, value);
                return callback(null, breakLoop);
              }
              callback();
            });
          }, (err) => {
            if (err) return cb2(err);
            cb2(null, testPassed ? testResult : getResult(false));
          });
        };
      }
      function detect(coll, iteratee2, callback) {
        return _createTester((bool2) => bool2, (res, item) => item)(eachOf$1, coll, iteratee2, callback);
      }
      var detect$1 = awaitify(detect, 3);
      function detectLimit(coll, limit, iteratee2, callback) {
        return _createTester((bool2) => bool2, (res, item) => item)(eachOfLimit$2(limit), coll, iteratee2, callback);
      }
      var detectLimit$1 = awaitify(detectLimit, 4);
      function detectSeries(coll, iteratee2, callback) {
        return _createTester((bool2) => bool2, (res, item) => item)(eachOfLimit$2(1), coll, iteratee2, callback);
      }
      var detectSeries$1 = awaitify(detectSeries, 3);
      function consoleFunc(name) {
        return (fn, ...args) => wrapAsync(fn)(...args, (err, ...resultArgs) => {
          if (typeof console === "object") {
            if (err) {
              if (console.error) {
                console.error(err);
              }
            } else if (console[name]) {
              resultArgs.forEach((x) => console[name](x));
            }
          }
        });
      }
      var dir = consoleFunc("dir");
      function doWhilst(iteratee2, test, callback) {
        callback = onlyOnce(callback);
        var _fn = wrapAsync(iteratee2);
        var _test = wrapAsync(test);
        var results;
        function next(err, ...args) {
          if (err) return callback(err);
          if (err === false) return;
          results = args;
          _test(...args, check);
        }
        function check(err, truth) {
          if (err) return callback(err);
          if (err === false) return;
          if (!truth) return callback(null, ...results);
          _fn(next);
        }
        return check(null, true);
      }
      var doWhilst$1 = awaitify(doWhilst, 3);
      function doUntil(iteratee2, test, callback) {
        const _test = wrapAsync(test);
        return doWhilst$1(iteratee2, (...args) => {
          const cb2 = args.pop();
          _test(...args, (err, truth) => cb2(err, !truth));
        }, callback);
      }
      function _withoutIndex(iteratee2) {
        return (value, index2, callback) => iteratee2(value, callback);
      }
      function eachLimit$2(coll, iteratee2, callback) {
        return eachOf$1(coll, _withoutIndex(wrapAsync(iteratee2)), callback);
      }
      var each2 = awaitify(eachLimit$2, 3);
      function eachLimit(coll, limit, iteratee2, callback) {
        return eachOfLimit$2(limit)(coll, _withoutIndex(wrapAsync(iteratee2)), callback);
      }
      var eachLimit$1 = awaitify(eachLimit, 4);
      function eachSeries(coll, iteratee2, callback) {
        return eachLimit$1(coll, 1, iteratee2, callback);
      }
      var eachSeries$1 = awaitify(eachSeries, 3);
      function ensureAsync(fn) {
        if (isAsync(fn)) return fn;
        return function(...args) {
          var callback = args.pop();
          var sync = true;
          args.push((...innerArgs) => {
            if (sync) {
              setImmediate$1(() => callback(...innerArgs));
            } else {
              callback(...innerArgs);
            }
          });
          fn.apply(this, args);
          sync = false;
        };
      }
      function every2(coll, iteratee2, callback) {
        return _createTester((bool2) => !bool2, (res) => !res)(eachOf$1, coll, iteratee2, callback);
      }
      var every$1 = awaitify(every2, 3);
      function everyLimit(coll, limit, iteratee2, callback) {
        return _createTester((bool2) => !bool2, (res) => !res)(eachOfLimit$2(limit), coll, iteratee2, callback);
      }
      var everyLimit$1 = awaitify(everyLimit, 4);
      function everySeries(coll, iteratee2, callback) {
        return _createTester((bool2) => !bool2, (res) => !res)(eachOfSeries$1, coll, iteratee2, callback);
      }
      var everySeries$1 = awaitify(everySeries, 3);
      function filterArray(eachfn, arr, iteratee2, callback) {
        var truthValues = new Array(arr.length);
        eachfn(arr, (x, index2, iterCb) => {
          iteratee2(x, (err, v) => {
            truthValues[index2] = !!v;
            iterCb(err);
          });
        }, (err) => {
          if (err) return callback(err);
          var results = [];
          for (var i = 0; i < arr.length; i++) {
            if (truthValues[i]) results.push(arr[i]);
          }
          callback(null, results);
        });
      }
      function filterGeneric(eachfn, coll, iteratee2, callback) {
        var results = [];
        eachfn(coll, (x, index2, iterCb) => {
          iteratee2(x, (err, v) => {
            if (err) return iterCb(err);
            if (v) {
              results.push({ index: index2, value: x });
            }
            iterCb(err);
          });
        }, (err) => {
          if (err) return callback(err);
          callback(null, results.sort((a, b) => a.index - b.index).map((v) => v.value));
        });
      }
      function _filter(eachfn, coll, iteratee2, callback) {
        var filter3 = isArrayLike(coll) ? filterArray : filterGeneric;
        return filter3(eachfn, coll, wrapAsync(iteratee2), callback);
      }
      function filter2(coll, iteratee2, callback) {
        return _filter(eachOf$1, coll, iteratee2, callback);
      }
      var filter$1 = awaitify(filter2, 3);
      function filterLimit(coll, limit, iteratee2, callback) {
        return _filter(eachOfLimit$2(limit), coll, iteratee2, callback);
      }
      var filterLimit$1 = awaitify(filterLimit, 4);
      function filterSeries(coll, iteratee2, callback) {
        return _filter(eachOfSeries$1, coll, iteratee2, callback);
      }
      var filterSeries$1 = awaitify(filterSeries, 3);
      function forever(fn, errback) {
        var done = onlyOnce(errback);
        var task = wrapAsync(ensureAsync(fn));
        function next(err) {
          if (err) return done(err);
          if (err === false) return;
          task(next);
        }
        return next();
      }
      var forever$1 = awaitify(forever, 2);
      function groupByLimit(coll, limit, iteratee2, callback) {
        var _iteratee = wrapAsync(iteratee2);
        return mapLimit$1(coll, limit, (val, iterCb) => {
          _iteratee(val, (err, key) => {
            if (err) return iterCb(err);
            return iterCb(err, { key, val });
          });
        }, (err, mapResults) => {
          var result2 = {};
          var { hasOwnProperty: hasOwnProperty2 } = Object.prototype;
          for (var i = 0; i < mapResults.length; i++) {
            if (mapResults[i]) {
              var { key } = mapResults[i];
              var { val } = mapResults[i];
              if (hasOwnProperty2.call(result2, key)) {
                result2[key].push(val);
              } else {
                result2[key] = [val];
              }
            }
          }
          return callback(err, result2);
        });
      }
      var groupByLimit$1 = awaitify(groupByLimit, 4);
      function groupBy(coll, iteratee2, callback) {
        return groupByLimit$1(coll, Infinity, iteratee2, callback);
      }
      function groupBySeries(coll, iteratee2, callback) {
        return groupByLimit$1(coll, 1, iteratee2, callback);
      }
      var log = consoleFunc("log");
      function mapValuesLimit(obj, limit, iteratee2, callback) {
        callback = once(callback);
        var newObj = {};
        var _iteratee = wrapAsync(iteratee2);
        return eachOfLimit$2(limit)(obj, (val, key, next) => {
          _iteratee(val, key, (err, result2) => {
            if (err) return next(err);
            newObj[key] = result2;
            next(err);
          });
        }, (err) => callback(err, newObj));
      }
      var mapValuesLimit$1 = awaitify(mapValuesLimit, 4);
      function mapValues(obj, iteratee2, callback) {
        return mapValuesLimit$1(obj, Infinity, iteratee2, callback);
      }
      function mapValuesSeries(obj, iteratee2, callback) {
        return mapValuesLimit$1(obj, 1, iteratee2, callback);
      }
      function memoize2(fn, hasher = (v) => v) {
        var memo = /* @__PURE__ */ Object.create(null);
        var queues = /* @__PURE__ */ Object.create(null);
        var _fn = wrapAsync(fn);
        var memoized = initialParams((args, callback) => {
          var key = hasher(...args);
          if (key in memo) {
            setImmediate$1(() => callback(null, ...memo[key]));
          } else if (key in queues) {
            queues[key].push(callback);
          } else {
            queues[key] = [callback];
            _fn(...args, (err, ...resultArgs) => {
              if (!err) {
                memo[key] = resultArgs;
              }
              var q = queues[key];
              delete queues[key];
              for (var i = 0, l = q.length; i < l; i++) {
                q[i](err, ...resultArgs);
              }
            });
          }
        });
        memoized.memo = memo;
        memoized.unmemoized = fn;
        return memoized;
      }
      var _defer;
      if (hasNextTick) {
        _defer = process.nextTick;
      } else if (hasSetImmediate) {
        _defer = setImmediate;
      } else {
        _defer = fallback;
      }
      var nextTick = wrap2(_defer);
      var _parallel = awaitify((eachfn, tasks, callback) => {
        var results = isArrayLike(tasks) ? [] : {};
        eachfn(tasks, (task, key, taskCb) => {
          wrapAsync(task)((err, ...result2) => {
            if (result2.length < 2) {
              [result2] = result2;
            }
            results[key] = result2;
            taskCb(err);
          });
        }, (err) => callback(err, results));
      }, 3);
      function parallel(tasks, callback) {
        return _parallel(eachOf$1, tasks, callback);
      }
      function parallelLimit(tasks, limit, callback) {
        return _parallel(eachOfLimit$2(limit), tasks, callback);
      }
      function queue(worker, concurrency) {
        var _worker = wrapAsync(worker);
        return queue$1((items, cb2) => {
          _worker(items[0], cb2);
        }, concurrency, 1);
      }
      class Heap {
        constructor() {
          this.heap = [];
          this.pushCount = Number.MIN_SAFE_INTEGER;
        }
        get length() {
          return this.heap.length;
        }
        empty() {
          this.heap = [];
          return this;
        }
        percUp(index2) {
          let p;
          while (index2 > 0 && smaller(this.heap[index2], this.heap[p = parent(index2)])) {
            let t = this.heap[index2];
            this.heap[index2] = this.heap[p];
            this.heap[p] = t;
            index2 = p;
          }
        }
        percDown(index2) {
          let l;
          while ((l = leftChi(index2)) < this.heap.length) {
            if (l + 1 < this.heap.length && smaller(this.heap[l + 1], this.heap[l])) {
              l = l + 1;
            }
            if (smaller(this.heap[index2], this.heap[l])) {
              break;
            }
            let t = this.heap[index2];
            this.heap[index2] = this.heap[l];
            this.heap[l] = t;
            index2 = l;
          }
        }
        push(node) {
          node.pushCount = ++this.pushCount;
          this.heap.push(node);
          this.percUp(this.heap.length - 1);
        }
        unshift(node) {
          return this.heap.push(node);
        }
        shift() {
          let [top] = this.heap;
          this.heap[0] = this.heap[this.heap.length - 1];
          this.heap.pop();
          this.percDown(0);
          return top;
        }
        toArray() {
          return [...this];
        }
        *[Symbol.iterator]() {
          for (let i = 0; i < this.heap.length; i++) {
            yield this.heap[i].data;
          }
        }
        remove(testFn) {
          let j = 0;
          for (let i = 0; i < this.heap.length; i++) {
            if (!testFn(this.heap[i])) {
              this.heap[j] = this.heap[i];
              j++;
            }
          }
          this.heap.splice(j);
          for (let i = parent(this.heap.length - 1); i >= 0; i--) {
            this.percDown(i);
          }
          return this;
        }
      }
      function leftChi(i) {
        return (i << 1) + 1;
      }
      function parent(i) {
        return (i + 1 >> 1) - 1;
      }
      function smaller(x, y) {
        if (x.priority !== y.priority) {
          return x.priority < y.priority;
        } else {
          return x.pushCount < y.pushCount;
        }
      }
      function priorityQueue(worker, concurrency) {
        var q = queue(worker, concurrency);
        var {
          push: push2,
          pushAsync
        } = q;
        q._tasks = new Heap();
        q._createTaskItem = ({ data, priority }, callback) => {
          return {
            data,
            priority,
            callback
          };
        };
        function createDataItems(tasks, priority) {
          if (!Array.isArray(tasks)) {
            return { data: tasks, priority };
          }
          return tasks.map((data) => {
            return { data, priority };
          });
        }
        q.push = function(data, priority = 0, callback) {
          return push2(createDataItems(data, priority), callback);
        };
        q.pushAsync = function(data, priority = 0, callback) {
          return pushAsync(createDataItems(data, priority), callback);
        };
        delete q.unshift;
        delete q.unshiftAsync;
        return q;
      }
      function race(tasks, callback) {
        callback = once(callback);
        if (!Array.isArray(tasks)) return callback(new TypeError("First argument to race must be an array of functions"));
        if (!tasks.length) return callback();
        for (var i = 0, l = tasks.length; i < l; i++) {
          wrapAsync(tasks[i])(callback);
        }
      }
      var race$1 = awaitify(race, 2);
      function reduceRight(array, memo, iteratee2, callback) {
        var reversed = [...array].reverse();
        return reduce$1(reversed, memo, iteratee2, callback);
      }
      function reflect(fn) {
        var _fn = wrapAsync(fn);
        return initialParams(function reflectOn(args, reflectCallback) {
          args.push((error, ...cbArgs) => {
            let retVal = {};
            if (error) {
              retVal.error = error;
            }
            if (cbArgs.length > 0) {
              var value = cbArgs;
              if (cbArgs.length <= 1) {
                [value] = cbArgs;
              }
              retVal.value = value;
            }
            reflectCallback(null, retVal);
          });
          return _fn.apply(this, args);
        });
      }
      function reflectAll(tasks) {
        var results;
        if (Array.isArray(tasks)) {
          results = tasks.map(reflect);
        } else {
          results = {};
          Object.keys(tasks).forEach((key) => {
            results[key] = reflect.call(this, tasks[key]);
          });
        }
        return results;
      }
      function reject$2(eachfn, arr, _iteratee, callback) {
        const iteratee2 = wrapAsync(_iteratee);
        return _filter(eachfn, arr, (value, cb2) => {
          iteratee2(value, (err, v) => {
            cb2(err, !v);
          });
        }, callback);
      }
      function reject2(coll, iteratee2, callback) {
        return reject$2(eachOf$1, coll, iteratee2, callback);
      }
      var reject$1 = awaitify(reject2, 3);
      function rejectLimit(coll, limit, iteratee2, callback) {
        return reject$2(eachOfLimit$2(limit), coll, iteratee2, callback);
      }
      var rejectLimit$1 = awaitify(rejectLimit, 4);
      function rejectSeries(coll, iteratee2, callback) {
        return reject$2(eachOfSeries$1, coll, iteratee2, callback);
      }
      var rejectSeries$1 = awaitify(rejectSeries, 3);
      function constant2(value) {
        return function() {
          return value;
        };
      }
      const DEFAULT_TIMES = 5;
      const DEFAULT_INTERVAL = 0;
      function retry(opts, task, callback) {
        var options = {
          times: DEFAULT_TIMES,
          intervalFunc: constant2(DEFAULT_INTERVAL)
        };
        if (arguments.length < 3 && typeof opts === "function") {
          callback = task || promiseCallback();
          task = opts;
        } else {
          parseTimes(options, opts);
          callback = callback || promiseCallback();
        }
        if (typeof task !== "function") {
          throw new Error("Invalid arguments for async.retry");
        }
        var _task = wrapAsync(task);
        var attempt = 1;
        function retryAttempt() {
          _task((err, ...args) => {
            if (err === false) return;
            if (err && attempt++ < options.times && (typeof options.errorFilter != "function" || options.errorFilter(err))) {
              setTimeout(retryAttempt, options.intervalFunc(attempt - 1));
            } else {
              callback(err, ...args);
            }
          });
        }
        retryAttempt();
        return callback[PROMISE_SYMBOL];
      }
      function parseTimes(acc, t) {
        if (typeof t === "object") {
          acc.times = +t.times || DEFAULT_TIMES;
          acc.intervalFunc = typeof t.interval === "function" ? t.interval : constant2(+t.interval || DEFAULT_INTERVAL);
          acc.errorFilter = t.errorFilter;
        } else if (typeof t === "number" || typeof t === "string") {
          acc.times = +t || DEFAULT_TIMES;
        } else {
          throw new Error("Invalid arguments for async.retry");
        }
      }
      function retryable(opts, task) {
        if (!task) {
          task = opts;
          opts = null;
        }
        let arity = opts && opts.arity || task.length;
        if (isAsync(task)) {
          arity += 1;
        }
        var _task = wrapAsync(task);
        return initialParams((args, callback) => {
          if (args.length < arity - 1 || callback == null) {
            args.push(callback);
            callback = promiseCallback();
          }
          function taskFn(cb2) {
            _task(...args, cb2);
          }
          if (opts) retry(opts, taskFn, callback);
          else retry(taskFn, callback);
          return callback[PROMISE_SYMBOL];
        });
      }
      function series(tasks, callback) {
        return _parallel(eachOfSeries$1, tasks, callback);
      }
      function some2(coll, iteratee2, callback) {
        return _createTester(Boolean, (res) => res)(eachOf$1, coll, iteratee2, callback);
      }
      var some$1 = awaitify(some2, 3);
      function someLimit(coll, limit, iteratee2, callback) {
        return _createTester(Boolean, (res) => res)(eachOfLimit$2(limit), coll, iteratee2, callback);
      }
      var someLimit$1 = awaitify(someLimit, 4);
      function someSeries(coll, iteratee2, callback) {
        return _createTester(Boolean, (res) => res)(eachOfSeries$1, coll, iteratee2, callback);
      }
      var someSeries$1 = awaitify(someSeries, 3);
      function sortBy2(coll, iteratee2, callback) {
        var _iteratee = wrapAsync(iteratee2);
        return map$1(coll, (x, iterCb) => {
          _iteratee(x, (err, criteria) => {
            if (err) return iterCb(err);
            iterCb(err, { value: x, criteria });
          });
        }, (err, results) => {
          if (err) return callback(err);
          callback(null, results.sort(comparator).map((v) => v.value));
        });
        function comparator(left, right) {
          var a = left.criteria, b = right.criteria;
          return a < b ? -1 : a > b ? 1 : 0;
        }
      }
      var sortBy$1 = awaitify(sortBy2, 3);
      function timeout(asyncFn, milliseconds, info) {
        var fn = wrapAsync(asyncFn);
        return initialParams((args, callback) => {
          var timedOut = false;
          var timer;
          function timeoutCallback() {
            var name = asyncFn.name || "anonymous";
            var error = new Error('Callback function "' + name + '" timed out.');
            error.code = "ETIMEDOUT";
            if (info) {
              error.info = info;
            }
            timedOut = true;
            callback(error);
          }
          args.push((...cbArgs) => {
            if (!timedOut) {
              callback(...cbArgs);
              clearTimeout(timer);
            }
          });
          timer = setTimeout(timeoutCallback, milliseconds);
          fn(...args);
        });
      }
      function range2(size2) {
        var result2 = Array(size2);
        while (size2--) {
          result2[size2] = size2;
        }
        return result2;
      }
      function timesLimit(count, limit, iteratee2, callback) {
        var _iteratee = wrapAsync(iteratee2);
        return mapLimit$1(range2(count), limit, _iteratee, callback);
      }
      function times2(n, iteratee2, callback) {
        return timesLimit(n, Infinity, iteratee2, callback);
      }
      function timesSeries(n, iteratee2, callback) {
        return timesLimit(n, 1, iteratee2, callback);
      }
      function transform(coll, accumulator, iteratee2, callback) {
        if (arguments.length <= 3 && typeof accumulator === "function") {
          callback = iteratee2;
          iteratee2 = accumulator;
          accumulator = Array.isArray(coll) ? [] : {};
        }
        callback = once(callback || promiseCallback());
        var _iteratee = wrapAsync(iteratee2);
        eachOf$1(coll, (v, k, cb2) => {
          _iteratee(accumulator, v, k, cb2);
        }, (err) => callback(err, accumulator));
        return callback[PROMISE_SYMBOL];
      }
      function tryEach(tasks, callback) {
        var error = null;
        var result2;
        return eachSeries$1(tasks, (task, taskCb) => {
          wrapAsync(task)((err, ...args) => {
            if (err === false) return taskCb(err);
            if (args.length < 2) {
              [result2] = args;
            } else {
              result2 = args;
            }
            error = err;
            taskCb(err ? null : {});
          });
        }, () => callback(error, result2));
      }
      var tryEach$1 = awaitify(tryEach);
      function unmemoize(fn) {
        return (...args) => {
          return (fn.unmemoized || fn)(...args);
        };
      }
      function whilst(test, iteratee2, callback) {
        callback = onlyOnce(callback);
        var _fn = wrapAsync(iteratee2);
        var _test = wrapAsync(test);
        var results = [];
        function next(err, ...rest2) {
          if (err) return callback(err);
          results = rest2;
          if (err === false) return;
          _test(check);
        }
        function check(err, truth) {
          if (err) return callback(err);
          if (err === false) return;
          if (!truth) return callback(null, ...results);
          _fn(next);
        }
        return _test(check);
      }
      var whilst$1 = awaitify(whilst, 3);
      function until(test, iteratee2, callback) {
        const _test = wrapAsync(test);
        return whilst$1((cb2) => _test((err, truth) => cb2(err, !truth)), iteratee2, callback);
      }
      function waterfall(tasks, callback) {
        callback = once(callback);
        if (!Array.isArray(tasks)) return callback(new Error("First argument to waterfall must be an array of functions"));
        if (!tasks.length) return callback();
        var taskIndex = 0;
        function nextTask(args) {
          var task = wrapAsync(tasks[taskIndex++]);
          task(...args, onlyOnce(next));
        }
        function next(err, ...args) {
          if (err === false) return;
          if (err || taskIndex === tasks.length) {
            return callback(err, ...args);
          }
          nextTask(args);
        }
        nextTask([]);
      }
      var waterfall$1 = awaitify(waterfall);
      var index = {
        apply,
        applyEach,
        applyEachSeries,
        asyncify,
        auto,
        autoInject,
        cargo: cargo$1,
        cargoQueue: cargo,
        compose: compose2,
        concat: concat$1,
        concatLimit: concatLimit$1,
        concatSeries: concatSeries$1,
        constant: constant$1,
        detect: detect$1,
        detectLimit: detectLimit$1,
        detectSeries: detectSeries$1,
        dir,
        doUntil,
        doWhilst: doWhilst$1,
        each: each2,
        eachLimit: eachLimit$1,
        eachOf: eachOf$1,
        eachOfLimit: eachOfLimit$1,
        eachOfSeries: eachOfSeries$1,
        eachSeries: eachSeries$1,
        ensureAsync,
        every: every$1,
        everyLimit: everyLimit$1,
        everySeries: everySeries$1,
        filter: filter$1,
        filterLimit: filterLimit$1,
        filterSeries: filterSeries$1,
        forever: forever$1,
        groupBy,
        groupByLimit: groupByLimit$1,
        groupBySeries,
        log,
        map: map$1,
        mapLimit: mapLimit$1,
        mapSeries: mapSeries$1,
        mapValues,
        mapValuesLimit: mapValuesLimit$1,
        mapValuesSeries,
        memoize: memoize2,
        nextTick,
        parallel,
        parallelLimit,
        priorityQueue,
        queue,
        race: race$1,
        reduce: reduce$1,
        reduceRight,
        reflect,
        reflectAll,
        reject: reject$1,
        rejectLimit: rejectLimit$1,
        rejectSeries: rejectSeries$1,
        retry,
        retryable,
        seq,
        series,
        setImmediate: setImmediate$1,
        some: some$1,
        someLimit: someLimit$1,
        someSeries: someSeries$1,
        sortBy: sortBy$1,
        timeout,
        times: times2,
        timesLimit,
        timesSeries,
        transform,
        tryEach: tryEach$1,
        unmemoize,
        until,
        waterfall: waterfall$1,
        whilst: whilst$1,
        // aliases
        all: every$1,
        allLimit: everyLimit$1,
        allSeries: everySeries$1,
        any: some$1,
        anyLimit: someLimit$1,
        anySeries: someSeries$1,
        find: detect$1,
        findLimit: detectLimit$1,
        findSeries: detectSeries$1,
        flatMap: concat$1,
        flatMapLimit: concatLimit$1,
        flatMapSeries: concatSeries$1,
        forEach: each2,
        forEachSeries: eachSeries$1,
        forEachLimit: eachLimit$1,
        forEachOf: eachOf$1,
        forEachOfSeries: eachOfSeries$1,
        forEachOfLimit: eachOfLimit$1,
        inject: reduce$1,
        foldl: reduce$1,
        foldr: reduceRight,
        select: filter$1,
        selectLimit: filterLimit$1,
        selectSeries: filterSeries$1,
        wrapSync: asyncify,
        during: whilst$1,
        doDuring: doWhilst$1
      };
      exports2.all = every$1;
      exports2.allLimit = everyLimit$1;
      exports2.allSeries = everySeries$1;
      exports2.any = some$1;
      exports2.anyLimit = someLimit$1;
      exports2.anySeries = someSeries$1;
      exports2.apply = apply;
      exports2.applyEach = applyEach;
      exports2.applyEachSeries = applyEachSeries;
      exports2.asyncify = asyncify;
      exports2.auto = auto;
      exports2.autoInject = autoInject;
      exports2.cargo = cargo$1;
      exports2.cargoQueue = cargo;
      exports2.compose = compose2;
      exports2.concat = concat$1;
      exports2.concatLimit = concatLimit$1;
      exports2.concatSeries = concatSeries$1;
      exports2.constant = constant$1;
      exports2.default = index;
      exports2.detect = detect$1;
      exports2.detectLimit = detectLimit$1;
      exports2.detectSeries = detectSeries$1;
      exports2.dir = dir;
      exports2.doDuring = doWhilst$1;
      exports2.doUntil = doUntil;
      exports2.doWhilst = doWhilst$1;
      exports2.during = whilst$1;
      exports2.each = each2;
      exports2.eachLimit = eachLimit$1;
      exports2.eachOf = eachOf$1;
      exports2.eachOfLimit = eachOfLimit$1;
      exports2.eachOfSeries = eachOfSeries$1;
      exports2.eachSeries = eachSeries$1;
      exports2.ensureAsync = ensureAsync;
      exports2.every = every$1;
      exports2.everyLimit = everyLimit$1;
      exports2.everySeries = everySeries$1;
      exports2.filter = filter$1;
      exports2.filterLimit = filterLimit$1;
      exports2.filterSeries = filterSeries$1;
      exports2.find = detect$1;
      exports2.findLimit = detectLimit$1;
      exports2.findSeries = detectSeries$1;
      exports2.flatMap = concat$1;
      exports2.flatMapLimit = concatLimit$1;
      exports2.flatMapSeries = concatSeries$1;
      exports2.foldl = reduce$1;
      exports2.foldr = reduceRight;
      exports2.forEach = each2;
      exports2.forEachLimit = eachLimit$1;
      exports2.forEachOf = eachOf$1;
      exports2.forEachOfLimit = eachOfLimit$1;
      exports2.forEachOfSeries = eachOfSeries$1;
      exports2.forEachSeries = eachSeries$1;
      exports2.forever = forever$1;
      exports2.groupBy = groupBy;
      exports2.groupByLimit = groupByLimit$1;
      exports2.groupBySeries = groupBySeries;
      exports2.inject = reduce$1;
      exports2.log = log;
      exports2.map = map$1;
      exports2.mapLimit = mapLimit$1;
      exports2.mapSeries = mapSeries$1;
      exports2.mapValues = mapValues;
      exports2.mapValuesLimit = mapValuesLimit$1;
      exports2.mapValuesSeries = mapValuesSeries;
      exports2.memoize = memoize2;
      exports2.nextTick = nextTick;
      exports2.parallel = parallel;
      exports2.parallelLimit = parallelLimit;
      exports2.priorityQueue = priorityQueue;
      exports2.queue = queue;
      exports2.race = race$1;
      exports2.reduce = reduce$1;
      exports2.reduceRight = reduceRight;
      exports2.reflect = reflect;
      exports2.reflectAll = reflectAll;
      exports2.reject = reject$1;
      exports2.rejectLimit = rejectLimit$1;
      exports2.rejectSeries = rejectSeries$1;
      exports2.retry = retry;
      exports2.retryable = retryable;
      exports2.select = filter$1;
      exports2.selectLimit = filterLimit$1;
      exports2.selectSeries = filterSeries$1;
      exports2.seq = seq;
      exports2.series = series;
      exports2.setImmediate = setImmediate$1;
      exports2.some = some$1;
      exports2.someLimit = someLimit$1;
      exports2.someSeries = someSeries$1;
      exports2.sortBy = sortBy$1;
      exports2.timeout = timeout;
      exports2.times = times2;
      exports2.timesLimit = timesLimit;
      exports2.timesSeries = timesSeries;
      exports2.transform = transform;
      exports2.tryEach = tryEach$1;
      exports2.unmemoize = unmemoize;
      exports2.until = until;
      exports2.waterfall = waterfall$1;
      exports2.whilst = whilst$1;
      exports2.wrapSync = asyncify;
      Object.defineProperty(exports2, "__esModule", { value: true });
    }));
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_setup.js
var VERSION, root, ArrayProto, ObjProto, SymbolProto, push, slice, toString, hasOwnProperty, supportsArrayBuffer, supportsDataView, nativeIsArray, nativeKeys, nativeCreate, nativeIsView, _isNaN, _isFinite, hasEnumBug, nonEnumerableProps, MAX_ARRAY_INDEX;
var init_setup = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_setup.js"() {
    VERSION = "1.13.8";
    root = typeof self == "object" && self.self === self && self || typeof global == "object" && global.global === global && global || Function("return this")() || {};
    ArrayProto = Array.prototype;
    ObjProto = Object.prototype;
    SymbolProto = typeof Symbol !== "undefined" ? Symbol.prototype : null;
    push = ArrayProto.push;
    slice = ArrayProto.slice;
    toString = ObjProto.toString;
    hasOwnProperty = ObjProto.hasOwnProperty;
    supportsArrayBuffer = typeof ArrayBuffer !== "undefined";
    supportsDataView = typeof DataView !== "undefined";
    nativeIsArray = Array.isArray;
    nativeKeys = Object.keys;
    nativeCreate = Object.create;
    nativeIsView = supportsArrayBuffer && ArrayBuffer.isView;
    _isNaN = isNaN;
    _isFinite = isFinite;
    hasEnumBug = !{ toString: null }.propertyIsEnumerable("toString");
    nonEnumerableProps = [
      "valueOf",
      "isPrototypeOf",
      "toString",
      "propertyIsEnumerable",
      "hasOwnProperty",
      "toLocaleString"
    ];
    MAX_ARRAY_INDEX = Math.pow(2, 53) - 1;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/restArguments.js
function restArguments(func, startIndex) {
  startIndex = startIndex == null ? func.length - 1 : +startIndex;
  return function() {
    var length = Math.max(arguments.length - startIndex, 0), rest2 = Array(length), index = 0;
    for (; index < length; index++) {
      rest2[index] = arguments[index + startIndex];
    }
    switch (startIndex) {
      case 0:
        return func.call(this, rest2);
      case 1:
        return func.call(this, arguments[0], rest2);
      case 2:
        return func.call(this, arguments[0], arguments[1], rest2);
    }
    var args = Array(startIndex + 1);
    for (index = 0; index < startIndex; index++) {
      args[index] = arguments[index];
    }
    args[startIndex] = rest2;
    return func.apply(this, args);
  };
}
var init_restArguments = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/restArguments.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isObject.js
function isObject(obj) {
  var type = typeof obj;
  return type === "function" || type === "object" && !!obj;
}
var init_isObject = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isObject.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isNull.js
function isNull(obj) {
  return obj === null;
}
var init_isNull = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isNull.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isUndefined.js
function isUndefined(obj) {
  return obj === void 0;
}
var init_isUndefined = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isUndefined.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isBoolean.js
function isBoolean(obj) {
  return obj === true || obj === false || toString.call(obj) === "[object Boolean]";
}
var init_isBoolean = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isBoolean.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isElement.js
function isElement(obj) {
  return !!(obj && obj.nodeType === 1);
}
var init_isElement = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isElement.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_tagTester.js
function tagTester(name) {
  var tag = "[object " + name + "]";
  return function(obj) {
    return toString.call(obj) === tag;
  };
}
var init_tagTester = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_tagTester.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isString.js
var isString_default;
var init_isString = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isString.js"() {
    init_tagTester();
    isString_default = tagTester("String");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isNumber.js
var isNumber_default;
var init_isNumber = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isNumber.js"() {
    init_tagTester();
    isNumber_default = tagTester("Number");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isDate.js
var isDate_default;
var init_isDate = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isDate.js"() {
    init_tagTester();
    isDate_default = tagTester("Date");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isRegExp.js
var isRegExp_default;
var init_isRegExp = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isRegExp.js"() {
    init_tagTester();
    isRegExp_default = tagTester("RegExp");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isError.js
var isError_default;
var init_isError = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isError.js"() {
    init_tagTester();
    isError_default = tagTester("Error");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isSymbol.js
var isSymbol_default;
var init_isSymbol = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isSymbol.js"() {
    init_tagTester();
    isSymbol_default = tagTester("Symbol");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isArrayBuffer.js
var isArrayBuffer_default;
var init_isArrayBuffer = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isArrayBuffer.js"() {
    init_tagTester();
    isArrayBuffer_default = tagTester("ArrayBuffer");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isFunction.js
var isFunction, nodelist, isFunction_default;
var init_isFunction = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isFunction.js"() {
    init_tagTester();
    init_setup();
    isFunction = tagTester("Function");
    nodelist = root.document && root.document.childNodes;
    if (typeof /./ != "function" && typeof Int8Array != "object" && typeof nodelist != "function") {
      isFunction = function(obj) {
        return typeof obj == "function" || false;
      };
    }
    isFunction_default = isFunction;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_hasObjectTag.js
var hasObjectTag_default;
var init_hasObjectTag = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_hasObjectTag.js"() {
    init_tagTester();
    hasObjectTag_default = tagTester("Object");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_stringTagBug.js
var hasDataViewBug, isIE11;
var init_stringTagBug = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_stringTagBug.js"() {
    init_setup();
    init_hasObjectTag();
    hasDataViewBug = supportsDataView && (!/\[native code\]/.test(String(DataView)) || hasObjectTag_default(new DataView(new ArrayBuffer(8))));
    isIE11 = typeof Map !== "undefined" && hasObjectTag_default(/* @__PURE__ */ new Map());
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isDataView.js
function alternateIsDataView(obj) {
  return obj != null && isFunction_default(obj.getInt8) && isArrayBuffer_default(obj.buffer);
}
var isDataView, isDataView_default;
var init_isDataView = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isDataView.js"() {
    init_tagTester();
    init_isFunction();
    init_isArrayBuffer();
    init_stringTagBug();
    isDataView = tagTester("DataView");
    isDataView_default = hasDataViewBug ? alternateIsDataView : isDataView;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isArray.js
var isArray_default;
var init_isArray = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isArray.js"() {
    init_setup();
    init_tagTester();
    isArray_default = nativeIsArray || tagTester("Array");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_has.js
function has(obj, key) {
  return obj != null && hasOwnProperty.call(obj, key);
}
var init_has = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_has.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isArguments.js
var isArguments, isArguments_default;
var init_isArguments = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isArguments.js"() {
    init_tagTester();
    init_has();
    isArguments = tagTester("Arguments");
    (function() {
      if (!isArguments(arguments)) {
        isArguments = function(obj) {
          return has(obj, "callee");
        };
      }
    })();
    isArguments_default = isArguments;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isFinite.js
function isFinite2(obj) {
  return !isSymbol_default(obj) && _isFinite(obj) && !isNaN(parseFloat(obj));
}
var init_isFinite = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isFinite.js"() {
    init_setup();
    init_isSymbol();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isNaN.js
function isNaN2(obj) {
  return isNumber_default(obj) && _isNaN(obj);
}
var init_isNaN = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isNaN.js"() {
    init_setup();
    init_isNumber();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/constant.js
function constant(value) {
  return function() {
    return value;
  };
}
var init_constant = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/constant.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createSizePropertyCheck.js
function createSizePropertyCheck(getSizeProperty) {
  return function(collection) {
    var sizeProperty = getSizeProperty(collection);
    return typeof sizeProperty == "number" && sizeProperty >= 0 && sizeProperty <= MAX_ARRAY_INDEX;
  };
}
var init_createSizePropertyCheck = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createSizePropertyCheck.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_shallowProperty.js
function shallowProperty(key) {
  return function(obj) {
    return obj == null ? void 0 : obj[key];
  };
}
var init_shallowProperty = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_shallowProperty.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_getByteLength.js
var getByteLength_default;
var init_getByteLength = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_getByteLength.js"() {
    init_shallowProperty();
    getByteLength_default = shallowProperty("byteLength");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_isBufferLike.js
var isBufferLike_default;
var init_isBufferLike = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_isBufferLike.js"() {
    init_createSizePropertyCheck();
    init_getByteLength();
    isBufferLike_default = createSizePropertyCheck(getByteLength_default);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isTypedArray.js
function isTypedArray(obj) {
  return nativeIsView ? nativeIsView(obj) && !isDataView_default(obj) : isBufferLike_default(obj) && typedArrayPattern.test(toString.call(obj));
}
var typedArrayPattern, isTypedArray_default;
var init_isTypedArray = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isTypedArray.js"() {
    init_setup();
    init_isDataView();
    init_constant();
    init_isBufferLike();
    typedArrayPattern = /\[object ((I|Ui)nt(8|16|32)|Float(32|64)|Uint8Clamped|Big(I|Ui)nt64)Array\]/;
    isTypedArray_default = supportsArrayBuffer ? isTypedArray : constant(false);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_getLength.js
var getLength_default;
var init_getLength = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_getLength.js"() {
    init_shallowProperty();
    getLength_default = shallowProperty("length");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_collectNonEnumProps.js
function emulatedSet(keys2) {
  var hash = {};
  for (var l = keys2.length, i = 0; i < l; ++i) hash[keys2[i]] = true;
  return {
    contains: function(key) {
      return hash[key] === true;
    },
    push: function(key) {
      hash[key] = true;
      return keys2.push(key);
    }
  };
}
function collectNonEnumProps(obj, keys2) {
  keys2 = emulatedSet(keys2);
  var nonEnumIdx = nonEnumerableProps.length;
  var constructor = obj.constructor;
  var proto = isFunction_default(constructor) && constructor.prototype || ObjProto;
  var prop = "constructor";
  if (has(obj, prop) && !keys2.contains(prop)) keys2.push(prop);
  while (nonEnumIdx--) {
    prop = nonEnumerableProps[nonEnumIdx];
    if (prop in obj && obj[prop] !== proto[prop] && !keys2.contains(prop)) {
      keys2.push(prop);
    }
  }
}
var init_collectNonEnumProps = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_collectNonEnumProps.js"() {
    init_setup();
    init_isFunction();
    init_has();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/keys.js
function keys(obj) {
  if (!isObject(obj)) return [];
  if (nativeKeys) return nativeKeys(obj);
  var keys2 = [];
  for (var key in obj) if (has(obj, key)) keys2.push(key);
  if (hasEnumBug) collectNonEnumProps(obj, keys2);
  return keys2;
}
var init_keys = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/keys.js"() {
    init_isObject();
    init_setup();
    init_has();
    init_collectNonEnumProps();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isEmpty.js
function isEmpty(obj) {
  if (obj == null) return true;
  var length = getLength_default(obj);
  if (typeof length == "number" && (isArray_default(obj) || isString_default(obj) || isArguments_default(obj))) return length === 0;
  return getLength_default(keys(obj)) === 0;
}
var init_isEmpty = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isEmpty.js"() {
    init_getLength();
    init_isArray();
    init_isString();
    init_isArguments();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isMatch.js
function isMatch(object2, attrs) {
  var _keys = keys(attrs), length = _keys.length;
  if (object2 == null) return !length;
  var obj = Object(object2);
  for (var i = 0; i < length; i++) {
    var key = _keys[i];
    if (attrs[key] !== obj[key] || !(key in obj)) return false;
  }
  return true;
}
var init_isMatch = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isMatch.js"() {
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/underscore.js
function _(obj) {
  if (obj instanceof _) return obj;
  if (!(this instanceof _)) return new _(obj);
  this._wrapped = obj;
}
var init_underscore = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/underscore.js"() {
    init_setup();
    _.VERSION = VERSION;
    _.prototype.value = function() {
      return this._wrapped;
    };
    _.prototype.valueOf = _.prototype.toJSON = _.prototype.value;
    _.prototype.toString = function() {
      return String(this._wrapped);
    };
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_toBufferView.js
function toBufferView(bufferSource) {
  return new Uint8Array(
    bufferSource.buffer || bufferSource,
    bufferSource.byteOffset || 0,
    getByteLength_default(bufferSource)
  );
}
var init_toBufferView = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_toBufferView.js"() {
    init_getByteLength();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isEqual.js
function isEqual(a, b) {
  var todo = [{ a, b }];
  var aStack = [], bStack = [];
  while (todo.length) {
    var frame = todo.pop();
    if (frame === true) {
      aStack.pop();
      bStack.pop();
      continue;
    }
    a = frame.a;
    b = frame.b;
    if (a === b) {
      if (a !== 0 || 1 / a === 1 / b) continue;
      return false;
    }
    if (a == null || b == null) return false;
    if (a !== a) {
      if (b !== b) continue;
      return false;
    }
    var type = typeof a;
    if (type !== "function" && type !== "object" && typeof b != "object") return false;
    if (a instanceof _) a = a._wrapped;
    if (b instanceof _) b = b._wrapped;
    var className = toString.call(a);
    if (className !== toString.call(b)) return false;
    if (hasDataViewBug && className == "[object Object]" && isDataView_default(a)) {
      if (!isDataView_default(b)) return false;
      className = tagDataView;
    }
    switch (className) {
      // These types are compared by value.
      case "[object RegExp]":
      // RegExps are coerced to strings for comparison (Note: '' + /a/i === '/a/i')
      case "[object String]":
        if ("" + a === "" + b) continue;
        return false;
      case "[object Number]":
        todo.push({ a: +a, b: +b });
        continue;
      case "[object Date]":
      case "[object Boolean]":
        if (+a === +b) continue;
        return false;
      case "[object Symbol]":
        if (SymbolProto.valueOf.call(a) === SymbolProto.valueOf.call(b)) continue;
        return false;
      case "[object ArrayBuffer]":
      case tagDataView:
        todo.push({ a: toBufferView(a), b: toBufferView(b) });
        continue;
    }
    var areArrays = className === "[object Array]";
    if (!areArrays && isTypedArray_default(a)) {
      var byteLength = getByteLength_default(a);
      if (byteLength !== getByteLength_default(b)) return false;
      if (a.buffer === b.buffer && a.byteOffset === b.byteOffset) continue;
      areArrays = true;
    }
    if (!areArrays) {
      if (typeof a != "object" || typeof b != "object") return false;
      var aCtor = a.constructor, bCtor = b.constructor;
      if (aCtor !== bCtor && !(isFunction_default(aCtor) && aCtor instanceof aCtor && isFunction_default(bCtor) && bCtor instanceof bCtor) && ("constructor" in a && "constructor" in b)) {
        return false;
      }
    }
    var length = aStack.length;
    while (length--) {
      if (aStack[length] === a) {
        if (bStack[length] === b) break;
        return false;
      }
    }
    if (length >= 0) continue;
    aStack.push(a);
    bStack.push(b);
    todo.push(true);
    if (areArrays) {
      length = a.length;
      if (length !== b.length) return false;
      while (length--) {
        todo.push({ a: a[length], b: b[length] });
      }
    } else {
      var _keys = keys(a), key;
      length = _keys.length;
      if (keys(b).length !== length) return false;
      while (length--) {
        key = _keys[length];
        if (!has(b, key)) return false;
        todo.push({ a: a[key], b: b[key] });
      }
    }
  }
  return true;
}
var tagDataView;
var init_isEqual = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isEqual.js"() {
    init_underscore();
    init_setup();
    init_getByteLength();
    init_isTypedArray();
    init_isFunction();
    init_stringTagBug();
    init_isDataView();
    init_keys();
    init_has();
    init_toBufferView();
    tagDataView = "[object DataView]";
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/allKeys.js
function allKeys(obj) {
  if (!isObject(obj)) return [];
  var keys2 = [];
  for (var key in obj) keys2.push(key);
  if (hasEnumBug) collectNonEnumProps(obj, keys2);
  return keys2;
}
var init_allKeys = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/allKeys.js"() {
    init_isObject();
    init_setup();
    init_collectNonEnumProps();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_methodFingerprint.js
function ie11fingerprint(methods) {
  var length = getLength_default(methods);
  return function(obj) {
    if (obj == null) return false;
    var keys2 = allKeys(obj);
    if (getLength_default(keys2)) return false;
    for (var i = 0; i < length; i++) {
      if (!isFunction_default(obj[methods[i]])) return false;
    }
    return methods !== weakMapMethods || !isFunction_default(obj[forEachName]);
  };
}
var forEachName, hasName, commonInit, mapTail, mapMethods, weakMapMethods, setMethods;
var init_methodFingerprint = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_methodFingerprint.js"() {
    init_getLength();
    init_isFunction();
    init_allKeys();
    forEachName = "forEach";
    hasName = "has";
    commonInit = ["clear", "delete"];
    mapTail = ["get", hasName, "set"];
    mapMethods = commonInit.concat(forEachName, mapTail);
    weakMapMethods = commonInit.concat(mapTail);
    setMethods = ["add"].concat(commonInit, forEachName, hasName);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isMap.js
var isMap_default;
var init_isMap = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isMap.js"() {
    init_tagTester();
    init_stringTagBug();
    init_methodFingerprint();
    isMap_default = isIE11 ? ie11fingerprint(mapMethods) : tagTester("Map");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isWeakMap.js
var isWeakMap_default;
var init_isWeakMap = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isWeakMap.js"() {
    init_tagTester();
    init_stringTagBug();
    init_methodFingerprint();
    isWeakMap_default = isIE11 ? ie11fingerprint(weakMapMethods) : tagTester("WeakMap");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isSet.js
var isSet_default;
var init_isSet = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isSet.js"() {
    init_tagTester();
    init_stringTagBug();
    init_methodFingerprint();
    isSet_default = isIE11 ? ie11fingerprint(setMethods) : tagTester("Set");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isWeakSet.js
var isWeakSet_default;
var init_isWeakSet = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/isWeakSet.js"() {
    init_tagTester();
    isWeakSet_default = tagTester("WeakSet");
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/values.js
function values(obj) {
  var _keys = keys(obj);
  var length = _keys.length;
  var values2 = Array(length);
  for (var i = 0; i < length; i++) {
    values2[i] = obj[_keys[i]];
  }
  return values2;
}
var init_values = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/values.js"() {
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/pairs.js
function pairs(obj) {
  var _keys = keys(obj);
  var length = _keys.length;
  var pairs2 = Array(length);
  for (var i = 0; i < length; i++) {
    pairs2[i] = [_keys[i], obj[_keys[i]]];
  }
  return pairs2;
}
var init_pairs = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/pairs.js"() {
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/invert.js
function invert(obj) {
  var result2 = {};
  var _keys = keys(obj);
  for (var i = 0, length = _keys.length; i < length; i++) {
    result2[obj[_keys[i]]] = _keys[i];
  }
  return result2;
}
var init_invert = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/invert.js"() {
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/functions.js
function functions(obj) {
  var names = [];
  for (var key in obj) {
    if (isFunction_default(obj[key])) names.push(key);
  }
  return names.sort();
}
var init_functions = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/functions.js"() {
    init_isFunction();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createAssigner.js
function createAssigner(keysFunc, defaults) {
  return function(obj) {
    var length = arguments.length;
    if (defaults) obj = Object(obj);
    if (length < 2 || obj == null) return obj;
    for (var index = 1; index < length; index++) {
      var source = arguments[index], keys2 = keysFunc(source), l = keys2.length;
      for (var i = 0; i < l; i++) {
        var key = keys2[i];
        if (!defaults || obj[key] === void 0) obj[key] = source[key];
      }
    }
    return obj;
  };
}
var init_createAssigner = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createAssigner.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/extend.js
var extend_default;
var init_extend = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/extend.js"() {
    init_createAssigner();
    init_allKeys();
    extend_default = createAssigner(allKeys);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/extendOwn.js
var extendOwn_default;
var init_extendOwn = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/extendOwn.js"() {
    init_createAssigner();
    init_keys();
    extendOwn_default = createAssigner(keys);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/defaults.js
var defaults_default;
var init_defaults = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/defaults.js"() {
    init_createAssigner();
    init_allKeys();
    defaults_default = createAssigner(allKeys, true);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_baseCreate.js
function ctor() {
  return function() {
  };
}
function baseCreate(prototype) {
  if (!isObject(prototype)) return {};
  if (nativeCreate) return nativeCreate(prototype);
  var Ctor = ctor();
  Ctor.prototype = prototype;
  var result2 = new Ctor();
  Ctor.prototype = null;
  return result2;
}
var init_baseCreate = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_baseCreate.js"() {
    init_isObject();
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/create.js
function create(prototype, props) {
  var result2 = baseCreate(prototype);
  if (props) extendOwn_default(result2, props);
  return result2;
}
var init_create = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/create.js"() {
    init_baseCreate();
    init_extendOwn();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/clone.js
function clone(obj) {
  if (!isObject(obj)) return obj;
  return isArray_default(obj) ? obj.slice() : extend_default({}, obj);
}
var init_clone = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/clone.js"() {
    init_isObject();
    init_isArray();
    init_extend();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/tap.js
function tap(obj, interceptor) {
  interceptor(obj);
  return obj;
}
var init_tap = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/tap.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/toPath.js
function toPath(path) {
  return isArray_default(path) ? path : [path];
}
var init_toPath = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/toPath.js"() {
    init_underscore();
    init_isArray();
    _.toPath = toPath;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_toPath.js
function toPath2(path) {
  return _.toPath(path);
}
var init_toPath2 = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_toPath.js"() {
    init_underscore();
    init_toPath();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_deepGet.js
function deepGet(obj, path) {
  var length = path.length;
  for (var i = 0; i < length; i++) {
    if (obj == null) return void 0;
    obj = obj[path[i]];
  }
  return length ? obj : void 0;
}
var init_deepGet = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_deepGet.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/get.js
function get(object2, path, defaultValue) {
  var value = deepGet(object2, toPath2(path));
  return isUndefined(value) ? defaultValue : value;
}
var init_get = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/get.js"() {
    init_toPath2();
    init_deepGet();
    init_isUndefined();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/has.js
function has2(obj, path) {
  path = toPath2(path);
  var length = path.length;
  for (var i = 0; i < length; i++) {
    var key = path[i];
    if (!has(obj, key)) return false;
    obj = obj[key];
  }
  return !!length;
}
var init_has2 = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/has.js"() {
    init_has();
    init_toPath2();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/identity.js
function identity(value) {
  return value;
}
var init_identity = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/identity.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/matcher.js
function matcher(attrs) {
  attrs = extendOwn_default({}, attrs);
  return function(obj) {
    return isMatch(obj, attrs);
  };
}
var init_matcher = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/matcher.js"() {
    init_extendOwn();
    init_isMatch();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/property.js
function property(path) {
  path = toPath2(path);
  return function(obj) {
    return deepGet(obj, path);
  };
}
var init_property = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/property.js"() {
    init_deepGet();
    init_toPath2();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_optimizeCb.js
function optimizeCb(func, context, argCount) {
  if (context === void 0) return func;
  switch (argCount == null ? 3 : argCount) {
    case 1:
      return function(value) {
        return func.call(context, value);
      };
    // The 2-argument case is omitted because we’re not using it.
    case 3:
      return function(value, index, collection) {
        return func.call(context, value, index, collection);
      };
    case 4:
      return function(accumulator, value, index, collection) {
        return func.call(context, accumulator, value, index, collection);
      };
  }
  return function() {
    return func.apply(context, arguments);
  };
}
var init_optimizeCb = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_optimizeCb.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_baseIteratee.js
function baseIteratee(value, context, argCount) {
  if (value == null) return identity;
  if (isFunction_default(value)) return optimizeCb(value, context, argCount);
  if (isObject(value) && !isArray_default(value)) return matcher(value);
  return property(value);
}
var init_baseIteratee = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_baseIteratee.js"() {
    init_identity();
    init_isFunction();
    init_isObject();
    init_isArray();
    init_matcher();
    init_property();
    init_optimizeCb();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/iteratee.js
function iteratee(value, context) {
  return baseIteratee(value, context, Infinity);
}
var init_iteratee = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/iteratee.js"() {
    init_underscore();
    init_baseIteratee();
    _.iteratee = iteratee;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_cb.js
function cb(value, context, argCount) {
  if (_.iteratee !== iteratee) return _.iteratee(value, context);
  return baseIteratee(value, context, argCount);
}
var init_cb = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_cb.js"() {
    init_underscore();
    init_baseIteratee();
    init_iteratee();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/mapObject.js
function mapObject(obj, iteratee2, context) {
  iteratee2 = cb(iteratee2, context);
  var _keys = keys(obj), length = _keys.length, results = {};
  for (var index = 0; index < length; index++) {
    var currentKey = _keys[index];
    results[currentKey] = iteratee2(obj[currentKey], currentKey, obj);
  }
  return results;
}
var init_mapObject = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/mapObject.js"() {
    init_cb();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/noop.js
function noop() {
}
var init_noop = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/noop.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/propertyOf.js
function propertyOf(obj) {
  if (obj == null) return noop;
  return function(path) {
    return get(obj, path);
  };
}
var init_propertyOf = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/propertyOf.js"() {
    init_noop();
    init_get();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/times.js
function times(n, iteratee2, context) {
  var accum = Array(Math.max(0, n));
  iteratee2 = optimizeCb(iteratee2, context, 1);
  for (var i = 0; i < n; i++) accum[i] = iteratee2(i);
  return accum;
}
var init_times = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/times.js"() {
    init_optimizeCb();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/random.js
function random(min2, max2) {
  if (max2 == null) {
    max2 = min2;
    min2 = 0;
  }
  return min2 + Math.floor(Math.random() * (max2 - min2 + 1));
}
var init_random = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/random.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/now.js
var now_default;
var init_now = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/now.js"() {
    now_default = Date.now || function() {
      return (/* @__PURE__ */ new Date()).getTime();
    };
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createEscaper.js
function createEscaper(map2) {
  var escaper = function(match) {
    return map2[match];
  };
  var source = "(?:" + keys(map2).join("|") + ")";
  var testRegexp = RegExp(source);
  var replaceRegexp = RegExp(source, "g");
  return function(string) {
    string = string == null ? "" : "" + string;
    return testRegexp.test(string) ? string.replace(replaceRegexp, escaper) : string;
  };
}
var init_createEscaper = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createEscaper.js"() {
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_escapeMap.js
var escapeMap_default;
var init_escapeMap = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_escapeMap.js"() {
    escapeMap_default = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;"
    };
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/escape.js
var escape_default;
var init_escape = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/escape.js"() {
    init_createEscaper();
    init_escapeMap();
    escape_default = createEscaper(escapeMap_default);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_unescapeMap.js
var unescapeMap_default;
var init_unescapeMap = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_unescapeMap.js"() {
    init_invert();
    init_escapeMap();
    unescapeMap_default = invert(escapeMap_default);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/unescape.js
var unescape_default;
var init_unescape = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/unescape.js"() {
    init_createEscaper();
    init_unescapeMap();
    unescape_default = createEscaper(unescapeMap_default);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/templateSettings.js
var templateSettings_default;
var init_templateSettings = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/templateSettings.js"() {
    init_underscore();
    templateSettings_default = _.templateSettings = {
      evaluate: /<%([\s\S]+?)%>/g,
      interpolate: /<%=([\s\S]+?)%>/g,
      escape: /<%-([\s\S]+?)%>/g
    };
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/template.js
function escapeChar(match) {
  return "\\" + escapes[match];
}
function template(text2, settings, oldSettings) {
  if (!settings && oldSettings) settings = oldSettings;
  settings = defaults_default({}, settings, _.templateSettings);
  var matcher2 = RegExp([
    (settings.escape || noMatch).source,
    (settings.interpolate || noMatch).source,
    (settings.evaluate || noMatch).source
  ].join("|") + "|$", "g");
  var index = 0;
  var source = "__p+='";
  text2.replace(matcher2, function(match, escape, interpolate, evaluate, offset) {
    source += text2.slice(index, offset).replace(escapeRegExp, escapeChar);
    index = offset + match.length;
    if (escape) {
      source += "'+\n((__t=(" + escape + "))==null?'':_.escape(__t))+\n'";
    } else if (interpolate) {
      source += "'+\n((__t=(" + interpolate + "))==null?'':__t)+\n'";
    } else if (evaluate) {
      source += "';\n" + evaluate + "\n__p+='";
    }
    return match;
  });
  source += "';\n";
  var argument = settings.variable;
  if (argument) {
    if (!bareIdentifier.test(argument)) throw new Error(
      "variable is not a bare identifier: " + argument
    );
  } else {
    source = "with(obj||{}){\n" + source + "}\n";
    argument = "obj";
  }
  source = "var __t,__p='',__j=Array.prototype.join,print=function(){__p+=__j.call(arguments,'');};\n" + source + "return __p;\n";
  var render;
  try {
    render = new Function(argument, "_", source);
  } catch (e) {
    e.source = source;
    throw e;
  }
  var template2 = function(data) {
    return render.call(this, data, _);
  };
  template2.source = "function(" + argument + "){\n" + source + "}";
  return template2;
}
var noMatch, escapes, escapeRegExp, bareIdentifier;
var init_template = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/template.js"() {
    init_defaults();
    init_underscore();
    init_templateSettings();
    noMatch = /(.)^/;
    escapes = {
      "'": "'",
      "\\": "\\",
      "\r": "r",
      "\n": "n",
      "\u2028": "u2028",
      "\u2029": "u2029"
    };
    escapeRegExp = /\\|'|\r|\n|\u2028|\u2029/g;
    bareIdentifier = /^\s*(\w|\$)+\s*$/;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/result.js
function result(obj, path, fallback) {
  path = toPath2(path);
  var length = path.length;
  if (!length) {
    return isFunction_default(fallback) ? fallback.call(obj) : fallback;
  }
  for (var i = 0; i < length; i++) {
    var prop = obj == null ? void 0 : obj[path[i]];
    if (prop === void 0) {
      prop = fallback;
      i = length;
    }
    obj = isFunction_default(prop) ? prop.call(obj) : prop;
  }
  return obj;
}
var init_result = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/result.js"() {
    init_isFunction();
    init_toPath2();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/uniqueId.js
function uniqueId(prefix) {
  var id = ++idCounter + "";
  return prefix ? prefix + id : id;
}
var idCounter;
var init_uniqueId = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/uniqueId.js"() {
    idCounter = 0;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/chain.js
function chain(obj) {
  var instance = _(obj);
  instance._chain = true;
  return instance;
}
var init_chain = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/chain.js"() {
    init_underscore();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_executeBound.js
function executeBound(sourceFunc, boundFunc, context, callingContext, args) {
  if (!(callingContext instanceof boundFunc)) return sourceFunc.apply(context, args);
  var self2 = baseCreate(sourceFunc.prototype);
  var result2 = sourceFunc.apply(self2, args);
  if (isObject(result2)) return result2;
  return self2;
}
var init_executeBound = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_executeBound.js"() {
    init_baseCreate();
    init_isObject();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/partial.js
var partial, partial_default;
var init_partial = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/partial.js"() {
    init_restArguments();
    init_executeBound();
    init_underscore();
    partial = restArguments(function(func, boundArgs) {
      var placeholder = partial.placeholder;
      var bound = function() {
        var position = 0, length = boundArgs.length;
        var args = Array(length);
        for (var i = 0; i < length; i++) {
          args[i] = boundArgs[i] === placeholder ? arguments[position++] : boundArgs[i];
        }
        while (position < arguments.length) args.push(arguments[position++]);
        return executeBound(func, bound, this, this, args);
      };
      return bound;
    });
    partial.placeholder = _;
    partial_default = partial;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/bind.js
var bind_default;
var init_bind = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/bind.js"() {
    init_restArguments();
    init_isFunction();
    init_executeBound();
    bind_default = restArguments(function(func, context, args) {
      if (!isFunction_default(func)) throw new TypeError("Bind must be called on a function");
      var bound = restArguments(function(callArgs) {
        return executeBound(func, bound, context, this, args.concat(callArgs));
      });
      return bound;
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_isArrayLike.js
var isArrayLike_default;
var init_isArrayLike = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_isArrayLike.js"() {
    init_createSizePropertyCheck();
    init_getLength();
    isArrayLike_default = createSizePropertyCheck(getLength_default);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_flatten.js
function flatten(input, depth, strict) {
  if (!depth && depth !== 0) depth = Infinity;
  var output = [], idx = 0, i = 0, length = getLength_default(input) || 0, stack = [];
  while (true) {
    if (i >= length) {
      if (!stack.length) break;
      var frame = stack.pop();
      i = frame.i;
      input = frame.v;
      length = getLength_default(input);
      continue;
    }
    var value = input[i++];
    if (stack.length >= depth) {
      output[idx++] = value;
    } else if (isArrayLike_default(value) && (isArray_default(value) || isArguments_default(value))) {
      stack.push({ i, v: input });
      i = 0;
      input = value;
      length = getLength_default(input);
    } else if (!strict) {
      output[idx++] = value;
    }
  }
  return output;
}
var init_flatten = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_flatten.js"() {
    init_getLength();
    init_isArrayLike();
    init_isArray();
    init_isArguments();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/bindAll.js
var bindAll_default;
var init_bindAll = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/bindAll.js"() {
    init_restArguments();
    init_flatten();
    init_bind();
    bindAll_default = restArguments(function(obj, keys2) {
      keys2 = flatten(keys2, false, false);
      var index = keys2.length;
      if (index < 1) throw new Error("bindAll must be passed function names");
      while (index--) {
        var key = keys2[index];
        obj[key] = bind_default(obj[key], obj);
      }
      return obj;
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/memoize.js
function memoize(func, hasher) {
  var memoize2 = function(key) {
    var cache = memoize2.cache;
    var address = "" + (hasher ? hasher.apply(this, arguments) : key);
    if (!has(cache, address)) cache[address] = func.apply(this, arguments);
    return cache[address];
  };
  memoize2.cache = {};
  return memoize2;
}
var init_memoize = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/memoize.js"() {
    init_has();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/delay.js
var delay_default;
var init_delay = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/delay.js"() {
    init_restArguments();
    delay_default = restArguments(function(func, wait, args) {
      return setTimeout(function() {
        return func.apply(null, args);
      }, wait);
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/defer.js
var defer_default;
var init_defer = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/defer.js"() {
    init_partial();
    init_delay();
    init_underscore();
    defer_default = partial_default(delay_default, _, 1);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/throttle.js
function throttle(func, wait, options) {
  var timeout, context, args, result2;
  var previous = 0;
  if (!options) options = {};
  var later = function() {
    previous = options.leading === false ? 0 : now_default();
    timeout = null;
    result2 = func.apply(context, args);
    if (!timeout) context = args = null;
  };
  var throttled = function() {
    var _now = now_default();
    if (!previous && options.leading === false) previous = _now;
    var remaining = wait - (_now - previous);
    context = this;
    args = arguments;
    if (remaining <= 0 || remaining > wait) {
      if (timeout) {
        clearTimeout(timeout);
        timeout = null;
      }
      previous = _now;
      result2 = func.apply(context, args);
      if (!timeout) context = args = null;
    } else if (!timeout && options.trailing !== false) {
      timeout = setTimeout(later, remaining);
    }
    return result2;
  };
  throttled.cancel = function() {
    clearTimeout(timeout);
    previous = 0;
    timeout = context = args = null;
  };
  return throttled;
}
var init_throttle = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/throttle.js"() {
    init_now();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/debounce.js
function debounce(func, wait, immediate) {
  var timeout, previous, args, result2, context;
  var later = function() {
    var passed = now_default() - previous;
    if (wait > passed) {
      timeout = setTimeout(later, wait - passed);
    } else {
      timeout = null;
      if (!immediate) result2 = func.apply(context, args);
      if (!timeout) args = context = null;
    }
  };
  var debounced = restArguments(function(_args) {
    context = this;
    args = _args;
    previous = now_default();
    if (!timeout) {
      timeout = setTimeout(later, wait);
      if (immediate) result2 = func.apply(context, args);
    }
    return result2;
  });
  debounced.cancel = function() {
    clearTimeout(timeout);
    timeout = args = context = null;
  };
  return debounced;
}
var init_debounce = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/debounce.js"() {
    init_restArguments();
    init_now();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/wrap.js
function wrap(func, wrapper) {
  return partial_default(wrapper, func);
}
var init_wrap = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/wrap.js"() {
    init_partial();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/negate.js
function negate(predicate) {
  return function() {
    return !predicate.apply(this, arguments);
  };
}
var init_negate = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/negate.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/compose.js
function compose() {
  var args = arguments;
  var start = args.length - 1;
  return function() {
    var i = start;
    var result2 = args[start].apply(this, arguments);
    while (i--) result2 = args[i].call(this, result2);
    return result2;
  };
}
var init_compose = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/compose.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/after.js
function after(times2, func) {
  return function() {
    if (--times2 < 1) {
      return func.apply(this, arguments);
    }
  };
}
var init_after = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/after.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/before.js
function before(times2, func) {
  var memo;
  return function() {
    if (--times2 > 0) {
      memo = func.apply(this, arguments);
    }
    if (times2 <= 1) func = null;
    return memo;
  };
}
var init_before = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/before.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/once.js
var once_default;
var init_once = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/once.js"() {
    init_partial();
    init_before();
    once_default = partial_default(before, 2);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findKey.js
function findKey(obj, predicate, context) {
  predicate = cb(predicate, context);
  var _keys = keys(obj), key;
  for (var i = 0, length = _keys.length; i < length; i++) {
    key = _keys[i];
    if (predicate(obj[key], key, obj)) return key;
  }
}
var init_findKey = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findKey.js"() {
    init_cb();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createPredicateIndexFinder.js
function createPredicateIndexFinder(dir) {
  return function(array, predicate, context) {
    predicate = cb(predicate, context);
    var length = getLength_default(array);
    var index = dir > 0 ? 0 : length - 1;
    for (; index >= 0 && index < length; index += dir) {
      if (predicate(array[index], index, array)) return index;
    }
    return -1;
  };
}
var init_createPredicateIndexFinder = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createPredicateIndexFinder.js"() {
    init_cb();
    init_getLength();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findIndex.js
var findIndex_default;
var init_findIndex = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findIndex.js"() {
    init_createPredicateIndexFinder();
    findIndex_default = createPredicateIndexFinder(1);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findLastIndex.js
var findLastIndex_default;
var init_findLastIndex = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findLastIndex.js"() {
    init_createPredicateIndexFinder();
    findLastIndex_default = createPredicateIndexFinder(-1);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/sortedIndex.js
function sortedIndex(array, obj, iteratee2, context) {
  iteratee2 = cb(iteratee2, context, 1);
  var value = iteratee2(obj);
  var low = 0, high = getLength_default(array);
  while (low < high) {
    var mid = Math.floor((low + high) / 2);
    if (iteratee2(array[mid]) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
var init_sortedIndex = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/sortedIndex.js"() {
    init_cb();
    init_getLength();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createIndexFinder.js
function createIndexFinder(dir, predicateFind, sortedIndex2) {
  return function(array, item, idx) {
    var i = 0, length = getLength_default(array);
    if (typeof idx == "number") {
      if (dir > 0) {
        i = idx >= 0 ? idx : Math.max(idx + length, i);
      } else {
        length = idx >= 0 ? Math.min(idx + 1, length) : idx + length + 1;
      }
    } else if (sortedIndex2 && idx && length) {
      idx = sortedIndex2(array, item);
      return array[idx] === item ? idx : -1;
    }
    if (item !== item) {
      idx = predicateFind(slice.call(array, i, length), isNaN2);
      return idx >= 0 ? idx + i : -1;
    }
    for (idx = dir > 0 ? i : length - 1; idx >= 0 && idx < length; idx += dir) {
      if (array[idx] === item) return idx;
    }
    return -1;
  };
}
var init_createIndexFinder = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createIndexFinder.js"() {
    init_getLength();
    init_setup();
    init_isNaN();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/indexOf.js
var indexOf_default;
var init_indexOf = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/indexOf.js"() {
    init_sortedIndex();
    init_findIndex();
    init_createIndexFinder();
    indexOf_default = createIndexFinder(1, findIndex_default, sortedIndex);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/lastIndexOf.js
var lastIndexOf_default;
var init_lastIndexOf = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/lastIndexOf.js"() {
    init_findLastIndex();
    init_createIndexFinder();
    lastIndexOf_default = createIndexFinder(-1, findLastIndex_default);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/find.js
function find(obj, predicate, context) {
  var keyFinder = isArrayLike_default(obj) ? findIndex_default : findKey;
  var key = keyFinder(obj, predicate, context);
  if (key !== void 0 && key !== -1) return obj[key];
}
var init_find = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/find.js"() {
    init_isArrayLike();
    init_findIndex();
    init_findKey();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findWhere.js
function findWhere(obj, attrs) {
  return find(obj, matcher(attrs));
}
var init_findWhere = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/findWhere.js"() {
    init_find();
    init_matcher();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/each.js
function each(obj, iteratee2, context) {
  iteratee2 = optimizeCb(iteratee2, context);
  var i, length;
  if (isArrayLike_default(obj)) {
    for (i = 0, length = obj.length; i < length; i++) {
      iteratee2(obj[i], i, obj);
    }
  } else {
    var _keys = keys(obj);
    for (i = 0, length = _keys.length; i < length; i++) {
      iteratee2(obj[_keys[i]], _keys[i], obj);
    }
  }
  return obj;
}
var init_each = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/each.js"() {
    init_optimizeCb();
    init_isArrayLike();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/map.js
function map(obj, iteratee2, context) {
  iteratee2 = cb(iteratee2, context);
  var _keys = !isArrayLike_default(obj) && keys(obj), length = (_keys || obj).length, results = Array(length);
  for (var index = 0; index < length; index++) {
    var currentKey = _keys ? _keys[index] : index;
    results[index] = iteratee2(obj[currentKey], currentKey, obj);
  }
  return results;
}
var init_map = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/map.js"() {
    init_cb();
    init_isArrayLike();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createReduce.js
function createReduce(dir) {
  var reducer = function(obj, iteratee2, memo, initial2) {
    var _keys = !isArrayLike_default(obj) && keys(obj), length = (_keys || obj).length, index = dir > 0 ? 0 : length - 1;
    if (!initial2) {
      memo = obj[_keys ? _keys[index] : index];
      index += dir;
    }
    for (; index >= 0 && index < length; index += dir) {
      var currentKey = _keys ? _keys[index] : index;
      memo = iteratee2(memo, obj[currentKey], currentKey, obj);
    }
    return memo;
  };
  return function(obj, iteratee2, memo, context) {
    var initial2 = arguments.length >= 3;
    return reducer(obj, optimizeCb(iteratee2, context, 4), memo, initial2);
  };
}
var init_createReduce = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_createReduce.js"() {
    init_isArrayLike();
    init_keys();
    init_optimizeCb();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/reduce.js
var reduce_default;
var init_reduce = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/reduce.js"() {
    init_createReduce();
    reduce_default = createReduce(1);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/reduceRight.js
var reduceRight_default;
var init_reduceRight = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/reduceRight.js"() {
    init_createReduce();
    reduceRight_default = createReduce(-1);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/filter.js
function filter(obj, predicate, context) {
  var results = [];
  predicate = cb(predicate, context);
  each(obj, function(value, index, list2) {
    if (predicate(value, index, list2)) results.push(value);
  });
  return results;
}
var init_filter = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/filter.js"() {
    init_cb();
    init_each();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/reject.js
function reject(obj, predicate, context) {
  return filter(obj, negate(cb(predicate)), context);
}
var init_reject = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/reject.js"() {
    init_filter();
    init_negate();
    init_cb();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/every.js
function every(obj, predicate, context) {
  predicate = cb(predicate, context);
  var _keys = !isArrayLike_default(obj) && keys(obj), length = (_keys || obj).length;
  for (var index = 0; index < length; index++) {
    var currentKey = _keys ? _keys[index] : index;
    if (!predicate(obj[currentKey], currentKey, obj)) return false;
  }
  return true;
}
var init_every = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/every.js"() {
    init_cb();
    init_isArrayLike();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/some.js
function some(obj, predicate, context) {
  predicate = cb(predicate, context);
  var _keys = !isArrayLike_default(obj) && keys(obj), length = (_keys || obj).length;
  for (var index = 0; index < length; index++) {
    var currentKey = _keys ? _keys[index] : index;
    if (predicate(obj[currentKey], currentKey, obj)) return true;
  }
  return false;
}
var init_some = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/some.js"() {
    init_cb();
    init_isArrayLike();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/contains.js
function contains(obj, item, fromIndex, guard) {
  if (!isArrayLike_default(obj)) obj = values(obj);
  if (typeof fromIndex != "number" || guard) fromIndex = 0;
  return indexOf_default(obj, item, fromIndex) >= 0;
}
var init_contains = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/contains.js"() {
    init_isArrayLike();
    init_values();
    init_indexOf();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/invoke.js
var invoke_default;
var init_invoke = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/invoke.js"() {
    init_restArguments();
    init_isFunction();
    init_map();
    init_deepGet();
    init_toPath2();
    invoke_default = restArguments(function(obj, path, args) {
      var contextPath, func;
      if (isFunction_default(path)) {
        func = path;
      } else {
        path = toPath2(path);
        contextPath = path.slice(0, -1);
        path = path[path.length - 1];
      }
      return map(obj, function(context) {
        var method = func;
        if (!method) {
          if (contextPath && contextPath.length) {
            context = deepGet(context, contextPath);
          }
          if (context == null) return void 0;
          method = context[path];
        }
        return method == null ? method : method.apply(context, args);
      });
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/pluck.js
function pluck(obj, key) {
  return map(obj, property(key));
}
var init_pluck = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/pluck.js"() {
    init_map();
    init_property();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/where.js
function where(obj, attrs) {
  return filter(obj, matcher(attrs));
}
var init_where = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/where.js"() {
    init_filter();
    init_matcher();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/max.js
function max(obj, iteratee2, context) {
  var result2 = -Infinity, lastComputed = -Infinity, value, computed;
  if (iteratee2 == null || typeof iteratee2 == "number" && typeof obj[0] != "object" && obj != null) {
    obj = isArrayLike_default(obj) ? obj : values(obj);
    for (var i = 0, length = obj.length; i < length; i++) {
      value = obj[i];
      if (value != null && value > result2) {
        result2 = value;
      }
    }
  } else {
    iteratee2 = cb(iteratee2, context);
    each(obj, function(v, index, list2) {
      computed = iteratee2(v, index, list2);
      if (computed > lastComputed || computed === -Infinity && result2 === -Infinity) {
        result2 = v;
        lastComputed = computed;
      }
    });
  }
  return result2;
}
var init_max = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/max.js"() {
    init_isArrayLike();
    init_values();
    init_cb();
    init_each();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/min.js
function min(obj, iteratee2, context) {
  var result2 = Infinity, lastComputed = Infinity, value, computed;
  if (iteratee2 == null || typeof iteratee2 == "number" && typeof obj[0] != "object" && obj != null) {
    obj = isArrayLike_default(obj) ? obj : values(obj);
    for (var i = 0, length = obj.length; i < length; i++) {
      value = obj[i];
      if (value != null && value < result2) {
        result2 = value;
      }
    }
  } else {
    iteratee2 = cb(iteratee2, context);
    each(obj, function(v, index, list2) {
      computed = iteratee2(v, index, list2);
      if (computed < lastComputed || computed === Infinity && result2 === Infinity) {
        result2 = v;
        lastComputed = computed;
      }
    });
  }
  return result2;
}
var init_min = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/min.js"() {
    init_isArrayLike();
    init_values();
    init_cb();
    init_each();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/toArray.js
function toArray(obj) {
  if (!obj) return [];
  if (isArray_default(obj)) return slice.call(obj);
  if (isString_default(obj)) {
    return obj.match(reStrSymbol);
  }
  if (isArrayLike_default(obj)) return map(obj, identity);
  return values(obj);
}
var reStrSymbol;
var init_toArray = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/toArray.js"() {
    init_isArray();
    init_setup();
    init_isString();
    init_isArrayLike();
    init_map();
    init_identity();
    init_values();
    reStrSymbol = /[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/sample.js
function sample(obj, n, guard) {
  if (n == null || guard) {
    if (!isArrayLike_default(obj)) obj = values(obj);
    return obj[random(obj.length - 1)];
  }
  var sample2 = toArray(obj);
  var length = getLength_default(sample2);
  n = Math.max(Math.min(n, length), 0);
  var last2 = length - 1;
  for (var index = 0; index < n; index++) {
    var rand = random(index, last2);
    var temp = sample2[index];
    sample2[index] = sample2[rand];
    sample2[rand] = temp;
  }
  return sample2.slice(0, n);
}
var init_sample = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/sample.js"() {
    init_isArrayLike();
    init_values();
    init_getLength();
    init_random();
    init_toArray();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/shuffle.js
function shuffle(obj) {
  return sample(obj, Infinity);
}
var init_shuffle = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/shuffle.js"() {
    init_sample();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/sortBy.js
function sortBy(obj, iteratee2, context) {
  var index = 0;
  iteratee2 = cb(iteratee2, context);
  return pluck(map(obj, function(value, key, list2) {
    return {
      value,
      index: index++,
      criteria: iteratee2(value, key, list2)
    };
  }).sort(function(left, right) {
    var a = left.criteria;
    var b = right.criteria;
    if (a !== b) {
      if (a > b || a === void 0) return 1;
      if (a < b || b === void 0) return -1;
    }
    return left.index - right.index;
  }), "value");
}
var init_sortBy = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/sortBy.js"() {
    init_cb();
    init_pluck();
    init_map();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_group.js
function group(behavior, partition) {
  return function(obj, iteratee2, context) {
    var result2 = partition ? [[], []] : {};
    iteratee2 = cb(iteratee2, context);
    each(obj, function(value, index) {
      var key = iteratee2(value, index, obj);
      behavior(result2, value, key);
    });
    return result2;
  };
}
var init_group = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_group.js"() {
    init_cb();
    init_each();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/groupBy.js
var groupBy_default;
var init_groupBy = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/groupBy.js"() {
    init_group();
    init_has();
    groupBy_default = group(function(result2, value, key) {
      if (has(result2, key)) result2[key].push(value);
      else result2[key] = [value];
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/indexBy.js
var indexBy_default;
var init_indexBy = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/indexBy.js"() {
    init_group();
    indexBy_default = group(function(result2, value, key) {
      result2[key] = value;
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/countBy.js
var countBy_default;
var init_countBy = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/countBy.js"() {
    init_group();
    init_has();
    countBy_default = group(function(result2, value, key) {
      if (has(result2, key)) result2[key]++;
      else result2[key] = 1;
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/partition.js
var partition_default;
var init_partition = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/partition.js"() {
    init_group();
    partition_default = group(function(result2, value, pass) {
      result2[pass ? 0 : 1].push(value);
    }, true);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/size.js
function size(obj) {
  if (obj == null) return 0;
  return isArrayLike_default(obj) ? obj.length : keys(obj).length;
}
var init_size = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/size.js"() {
    init_isArrayLike();
    init_keys();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_keyInObj.js
function keyInObj(value, key, obj) {
  return key in obj;
}
var init_keyInObj = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_keyInObj.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/pick.js
var pick_default;
var init_pick = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/pick.js"() {
    init_restArguments();
    init_isFunction();
    init_optimizeCb();
    init_allKeys();
    init_keyInObj();
    init_flatten();
    pick_default = restArguments(function(obj, keys2) {
      var result2 = {}, iteratee2 = keys2[0];
      if (obj == null) return result2;
      if (isFunction_default(iteratee2)) {
        if (keys2.length > 1) iteratee2 = optimizeCb(iteratee2, keys2[1]);
        keys2 = allKeys(obj);
      } else {
        iteratee2 = keyInObj;
        keys2 = flatten(keys2, false, false);
        obj = Object(obj);
      }
      for (var i = 0, length = keys2.length; i < length; i++) {
        var key = keys2[i];
        var value = obj[key];
        if (iteratee2(value, key, obj)) result2[key] = value;
      }
      return result2;
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/omit.js
var omit_default;
var init_omit = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/omit.js"() {
    init_restArguments();
    init_isFunction();
    init_negate();
    init_map();
    init_flatten();
    init_contains();
    init_pick();
    omit_default = restArguments(function(obj, keys2) {
      var iteratee2 = keys2[0], context;
      if (isFunction_default(iteratee2)) {
        iteratee2 = negate(iteratee2);
        if (keys2.length > 1) context = keys2[1];
      } else {
        keys2 = map(flatten(keys2, false, false), String);
        iteratee2 = function(value, key) {
          return !contains(keys2, key);
        };
      }
      return pick_default(obj, iteratee2, context);
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/initial.js
function initial(array, n, guard) {
  return slice.call(array, 0, Math.max(0, array.length - (n == null || guard ? 1 : n)));
}
var init_initial = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/initial.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/first.js
function first(array, n, guard) {
  if (array == null || array.length < 1) return n == null || guard ? void 0 : [];
  if (n == null || guard) return array[0];
  return initial(array, array.length - n);
}
var init_first = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/first.js"() {
    init_initial();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/rest.js
function rest(array, n, guard) {
  return slice.call(array, n == null || guard ? 1 : n);
}
var init_rest = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/rest.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/last.js
function last(array, n, guard) {
  if (array == null || array.length < 1) return n == null || guard ? void 0 : [];
  if (n == null || guard) return array[array.length - 1];
  return rest(array, Math.max(0, array.length - n));
}
var init_last = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/last.js"() {
    init_rest();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/compact.js
function compact(array) {
  return filter(array, Boolean);
}
var init_compact = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/compact.js"() {
    init_filter();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/flatten.js
function flatten2(array, depth) {
  return flatten(array, depth, false);
}
var init_flatten2 = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/flatten.js"() {
    init_flatten();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/difference.js
var difference_default;
var init_difference = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/difference.js"() {
    init_restArguments();
    init_flatten();
    init_filter();
    init_contains();
    difference_default = restArguments(function(array, rest2) {
      rest2 = flatten(rest2, true, true);
      return filter(array, function(value) {
        return !contains(rest2, value);
      });
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/without.js
var without_default;
var init_without = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/without.js"() {
    init_restArguments();
    init_difference();
    without_default = restArguments(function(array, otherArrays) {
      return difference_default(array, otherArrays);
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/uniq.js
function uniq(array, isSorted, iteratee2, context) {
  if (!isBoolean(isSorted)) {
    context = iteratee2;
    iteratee2 = isSorted;
    isSorted = false;
  }
  if (iteratee2 != null) iteratee2 = cb(iteratee2, context);
  var result2 = [];
  var seen = [];
  for (var i = 0, length = getLength_default(array); i < length; i++) {
    var value = array[i], computed = iteratee2 ? iteratee2(value, i, array) : value;
    if (isSorted && !iteratee2) {
      if (!i || seen !== computed) result2.push(value);
      seen = computed;
    } else if (iteratee2) {
      if (!contains(seen, computed)) {
        seen.push(computed);
        result2.push(value);
      }
    } else if (!contains(result2, value)) {
      result2.push(value);
    }
  }
  return result2;
}
var init_uniq = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/uniq.js"() {
    init_isBoolean();
    init_cb();
    init_getLength();
    init_contains();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/union.js
var union_default;
var init_union = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/union.js"() {
    init_restArguments();
    init_uniq();
    init_flatten();
    union_default = restArguments(function(arrays) {
      return uniq(flatten(arrays, true, true));
    });
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/intersection.js
function intersection(array) {
  var result2 = [];
  var argsLength = arguments.length;
  for (var i = 0, length = getLength_default(array); i < length; i++) {
    var item = array[i];
    if (contains(result2, item)) continue;
    var j;
    for (j = 1; j < argsLength; j++) {
      if (!contains(arguments[j], item)) break;
    }
    if (j === argsLength) result2.push(item);
  }
  return result2;
}
var init_intersection = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/intersection.js"() {
    init_getLength();
    init_contains();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/unzip.js
function unzip(array) {
  var length = array && max(array, getLength_default).length || 0;
  var result2 = Array(length);
  for (var index = 0; index < length; index++) {
    result2[index] = pluck(array, index);
  }
  return result2;
}
var init_unzip = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/unzip.js"() {
    init_max();
    init_getLength();
    init_pluck();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/zip.js
var zip_default;
var init_zip = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/zip.js"() {
    init_restArguments();
    init_unzip();
    zip_default = restArguments(unzip);
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/object.js
function object(list2, values2) {
  var result2 = {};
  for (var i = 0, length = getLength_default(list2); i < length; i++) {
    if (values2) {
      result2[list2[i]] = values2[i];
    } else {
      result2[list2[i][0]] = list2[i][1];
    }
  }
  return result2;
}
var init_object = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/object.js"() {
    init_getLength();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/range.js
function range(start, stop, step) {
  if (stop == null) {
    stop = start || 0;
    start = 0;
  }
  if (!step) {
    step = stop < start ? -1 : 1;
  }
  var length = Math.max(Math.ceil((stop - start) / step), 0);
  var range2 = Array(length);
  for (var idx = 0; idx < length; idx++, start += step) {
    range2[idx] = start;
  }
  return range2;
}
var init_range = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/range.js"() {
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/chunk.js
function chunk(array, count) {
  if (count == null || count < 1) return [];
  var result2 = [];
  var i = 0, length = array.length;
  while (i < length) {
    result2.push(slice.call(array, i, i += count));
  }
  return result2;
}
var init_chunk = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/chunk.js"() {
    init_setup();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_chainResult.js
function chainResult(instance, obj) {
  return instance._chain ? _(obj).chain() : obj;
}
var init_chainResult = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/_chainResult.js"() {
    init_underscore();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/mixin.js
function mixin(obj) {
  each(functions(obj), function(name) {
    var func = _[name] = obj[name];
    _.prototype[name] = function() {
      var args = [this._wrapped];
      push.apply(args, arguments);
      return chainResult(this, func.apply(_, args));
    };
  });
  return _;
}
var init_mixin = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/mixin.js"() {
    init_underscore();
    init_each();
    init_functions();
    init_setup();
    init_chainResult();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/underscore-array-methods.js
var underscore_array_methods_default;
var init_underscore_array_methods = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/underscore-array-methods.js"() {
    init_underscore();
    init_each();
    init_setup();
    init_chainResult();
    each(["pop", "push", "reverse", "shift", "sort", "splice", "unshift"], function(name) {
      var method = ArrayProto[name];
      _.prototype[name] = function() {
        var obj = this._wrapped;
        if (obj != null) {
          method.apply(obj, arguments);
          if ((name === "shift" || name === "splice") && obj.length === 0) {
            delete obj[0];
          }
        }
        return chainResult(this, obj);
      };
    });
    each(["concat", "join", "slice"], function(name) {
      var method = ArrayProto[name];
      _.prototype[name] = function() {
        var obj = this._wrapped;
        if (obj != null) obj = method.apply(obj, arguments);
        return chainResult(this, obj);
      };
    });
    underscore_array_methods_default = _;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/index.js
var modules_exports = {};
__export(modules_exports, {
  VERSION: () => VERSION,
  after: () => after,
  all: () => every,
  allKeys: () => allKeys,
  any: () => some,
  assign: () => extendOwn_default,
  before: () => before,
  bind: () => bind_default,
  bindAll: () => bindAll_default,
  chain: () => chain,
  chunk: () => chunk,
  clone: () => clone,
  collect: () => map,
  compact: () => compact,
  compose: () => compose,
  constant: () => constant,
  contains: () => contains,
  countBy: () => countBy_default,
  create: () => create,
  debounce: () => debounce,
  default: () => underscore_array_methods_default,
  defaults: () => defaults_default,
  defer: () => defer_default,
  delay: () => delay_default,
  detect: () => find,
  difference: () => difference_default,
  drop: () => rest,
  each: () => each,
  escape: () => escape_default,
  every: () => every,
  extend: () => extend_default,
  extendOwn: () => extendOwn_default,
  filter: () => filter,
  find: () => find,
  findIndex: () => findIndex_default,
  findKey: () => findKey,
  findLastIndex: () => findLastIndex_default,
  findWhere: () => findWhere,
  first: () => first,
  flatten: () => flatten2,
  foldl: () => reduce_default,
  foldr: () => reduceRight_default,
  forEach: () => each,
  functions: () => functions,
  get: () => get,
  groupBy: () => groupBy_default,
  has: () => has2,
  head: () => first,
  identity: () => identity,
  include: () => contains,
  includes: () => contains,
  indexBy: () => indexBy_default,
  indexOf: () => indexOf_default,
  initial: () => initial,
  inject: () => reduce_default,
  intersection: () => intersection,
  invert: () => invert,
  invoke: () => invoke_default,
  isArguments: () => isArguments_default,
  isArray: () => isArray_default,
  isArrayBuffer: () => isArrayBuffer_default,
  isBoolean: () => isBoolean,
  isDataView: () => isDataView_default,
  isDate: () => isDate_default,
  isElement: () => isElement,
  isEmpty: () => isEmpty,
  isEqual: () => isEqual,
  isError: () => isError_default,
  isFinite: () => isFinite2,
  isFunction: () => isFunction_default,
  isMap: () => isMap_default,
  isMatch: () => isMatch,
  isNaN: () => isNaN2,
  isNull: () => isNull,
  isNumber: () => isNumber_default,
  isObject: () => isObject,
  isRegExp: () => isRegExp_default,
  isSet: () => isSet_default,
  isString: () => isString_default,
  isSymbol: () => isSymbol_default,
  isTypedArray: () => isTypedArray_default,
  isUndefined: () => isUndefined,
  isWeakMap: () => isWeakMap_default,
  isWeakSet: () => isWeakSet_default,
  iteratee: () => iteratee,
  keys: () => keys,
  last: () => last,
  lastIndexOf: () => lastIndexOf_default,
  map: () => map,
  mapObject: () => mapObject,
  matcher: () => matcher,
  matches: () => matcher,
  max: () => max,
  memoize: () => memoize,
  methods: () => functions,
  min: () => min,
  mixin: () => mixin,
  negate: () => negate,
  noop: () => noop,
  now: () => now_default,
  object: () => object,
  omit: () => omit_default,
  once: () => once_default,
  pairs: () => pairs,
  partial: () => partial_default,
  partition: () => partition_default,
  pick: () => pick_default,
  pluck: () => pluck,
  property: () => property,
  propertyOf: () => propertyOf,
  random: () => random,
  range: () => range,
  reduce: () => reduce_default,
  reduceRight: () => reduceRight_default,
  reject: () => reject,
  rest: () => rest,
  restArguments: () => restArguments,
  result: () => result,
  sample: () => sample,
  select: () => filter,
  shuffle: () => shuffle,
  size: () => size,
  some: () => some,
  sortBy: () => sortBy,
  sortedIndex: () => sortedIndex,
  tail: () => rest,
  take: () => first,
  tap: () => tap,
  template: () => template,
  templateSettings: () => templateSettings_default,
  throttle: () => throttle,
  times: () => times,
  toArray: () => toArray,
  toPath: () => toPath,
  transpose: () => unzip,
  unescape: () => unescape_default,
  union: () => union_default,
  uniq: () => uniq,
  unique: () => uniq,
  uniqueId: () => uniqueId,
  unzip: () => unzip,
  values: () => values,
  where: () => where,
  without: () => without_default,
  wrap: () => wrap,
  zip: () => zip_default
});
var init_modules = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/index.js"() {
    init_setup();
    init_restArguments();
    init_isObject();
    init_isNull();
    init_isUndefined();
    init_isBoolean();
    init_isElement();
    init_isString();
    init_isNumber();
    init_isDate();
    init_isRegExp();
    init_isError();
    init_isSymbol();
    init_isArrayBuffer();
    init_isDataView();
    init_isArray();
    init_isFunction();
    init_isArguments();
    init_isFinite();
    init_isNaN();
    init_isTypedArray();
    init_isEmpty();
    init_isMatch();
    init_isEqual();
    init_isMap();
    init_isWeakMap();
    init_isSet();
    init_isWeakSet();
    init_keys();
    init_allKeys();
    init_values();
    init_pairs();
    init_invert();
    init_functions();
    init_extend();
    init_extendOwn();
    init_defaults();
    init_create();
    init_clone();
    init_tap();
    init_get();
    init_has2();
    init_mapObject();
    init_identity();
    init_constant();
    init_noop();
    init_toPath();
    init_property();
    init_propertyOf();
    init_matcher();
    init_times();
    init_random();
    init_now();
    init_escape();
    init_unescape();
    init_templateSettings();
    init_template();
    init_result();
    init_uniqueId();
    init_chain();
    init_iteratee();
    init_partial();
    init_bind();
    init_bindAll();
    init_memoize();
    init_delay();
    init_defer();
    init_throttle();
    init_debounce();
    init_wrap();
    init_negate();
    init_compose();
    init_after();
    init_before();
    init_once();
    init_findKey();
    init_findIndex();
    init_findLastIndex();
    init_sortedIndex();
    init_indexOf();
    init_lastIndexOf();
    init_find();
    init_findWhere();
    init_each();
    init_map();
    init_reduce();
    init_reduceRight();
    init_filter();
    init_reject();
    init_every();
    init_some();
    init_contains();
    init_invoke();
    init_pluck();
    init_where();
    init_max();
    init_min();
    init_shuffle();
    init_sample();
    init_sortBy();
    init_groupBy();
    init_indexBy();
    init_countBy();
    init_partition();
    init_toArray();
    init_size();
    init_pick();
    init_omit();
    init_first();
    init_initial();
    init_last();
    init_rest();
    init_compact();
    init_flatten2();
    init_without();
    init_uniq();
    init_union();
    init_intersection();
    init_difference();
    init_unzip();
    init_zip();
    init_object();
    init_range();
    init_chunk();
    init_mixin();
    init_underscore_array_methods();
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/index-default.js
var _2, index_default_default;
var init_index_default = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/index-default.js"() {
    init_modules();
    init_modules();
    _2 = mixin(modules_exports);
    _2._ = _2;
    index_default_default = _2;
  }
});

// node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/index-all.js
var index_all_exports = {};
__export(index_all_exports, {
  VERSION: () => VERSION,
  after: () => after,
  all: () => every,
  allKeys: () => allKeys,
  any: () => some,
  assign: () => extendOwn_default,
  before: () => before,
  bind: () => bind_default,
  bindAll: () => bindAll_default,
  chain: () => chain,
  chunk: () => chunk,
  clone: () => clone,
  collect: () => map,
  compact: () => compact,
  compose: () => compose,
  constant: () => constant,
  contains: () => contains,
  countBy: () => countBy_default,
  create: () => create,
  debounce: () => debounce,
  default: () => index_default_default,
  defaults: () => defaults_default,
  defer: () => defer_default,
  delay: () => delay_default,
  detect: () => find,
  difference: () => difference_default,
  drop: () => rest,
  each: () => each,
  escape: () => escape_default,
  every: () => every,
  extend: () => extend_default,
  extendOwn: () => extendOwn_default,
  filter: () => filter,
  find: () => find,
  findIndex: () => findIndex_default,
  findKey: () => findKey,
  findLastIndex: () => findLastIndex_default,
  findWhere: () => findWhere,
  first: () => first,
  flatten: () => flatten2,
  foldl: () => reduce_default,
  foldr: () => reduceRight_default,
  forEach: () => each,
  functions: () => functions,
  get: () => get,
  groupBy: () => groupBy_default,
  has: () => has2,
  head: () => first,
  identity: () => identity,
  include: () => contains,
  includes: () => contains,
  indexBy: () => indexBy_default,
  indexOf: () => indexOf_default,
  initial: () => initial,
  inject: () => reduce_default,
  intersection: () => intersection,
  invert: () => invert,
  invoke: () => invoke_default,
  isArguments: () => isArguments_default,
  isArray: () => isArray_default,
  isArrayBuffer: () => isArrayBuffer_default,
  isBoolean: () => isBoolean,
  isDataView: () => isDataView_default,
  isDate: () => isDate_default,
  isElement: () => isElement,
  isEmpty: () => isEmpty,
  isEqual: () => isEqual,
  isError: () => isError_default,
  isFinite: () => isFinite2,
  isFunction: () => isFunction_default,
  isMap: () => isMap_default,
  isMatch: () => isMatch,
  isNaN: () => isNaN2,
  isNull: () => isNull,
  isNumber: () => isNumber_default,
  isObject: () => isObject,
  isRegExp: () => isRegExp_default,
  isSet: () => isSet_default,
  isString: () => isString_default,
  isSymbol: () => isSymbol_default,
  isTypedArray: () => isTypedArray_default,
  isUndefined: () => isUndefined,
  isWeakMap: () => isWeakMap_default,
  isWeakSet: () => isWeakSet_default,
  iteratee: () => iteratee,
  keys: () => keys,
  last: () => last,
  lastIndexOf: () => lastIndexOf_default,
  map: () => map,
  mapObject: () => mapObject,
  matcher: () => matcher,
  matches: () => matcher,
  max: () => max,
  memoize: () => memoize,
  methods: () => functions,
  min: () => min,
  mixin: () => mixin,
  negate: () => negate,
  noop: () => noop,
  now: () => now_default,
  object: () => object,
  omit: () => omit_default,
  once: () => once_default,
  pairs: () => pairs,
  partial: () => partial_default,
  partition: () => partition_default,
  pick: () => pick_default,
  pluck: () => pluck,
  property: () => property,
  propertyOf: () => propertyOf,
  random: () => random,
  range: () => range,
  reduce: () => reduce_default,
  reduceRight: () => reduceRight_default,
  reject: () => reject,
  rest: () => rest,
  restArguments: () => restArguments,
  result: () => result,
  sample: () => sample,
  select: () => filter,
  shuffle: () => shuffle,
  size: () => size,
  some: () => some,
  sortBy: () => sortBy,
  sortedIndex: () => sortedIndex,
  tail: () => rest,
  take: () => first,
  tap: () => tap,
  template: () => template,
  templateSettings: () => templateSettings_default,
  throttle: () => throttle,
  times: () => times,
  toArray: () => toArray,
  toPath: () => toPath,
  transpose: () => unzip,
  unescape: () => unescape_default,
  union: () => union_default,
  uniq: () => uniq,
  unique: () => uniq,
  uniqueId: () => uniqueId,
  unzip: () => unzip,
  values: () => values,
  where: () => where,
  without: () => without_default,
  wrap: () => wrap,
  zip: () => zip_default
});
var init_index_all = __esm({
  "node_modules/.pnpm/underscore@1.13.8/node_modules/underscore/modules/index-all.js"() {
    init_index_default();
    init_modules();
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/jute/specification.json
var require_specification = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/jute/specification.json"(exports, module) {
    module.exports = {
      data: {
        Id: [
          { name: "scheme", type: "ustring" },
          { name: "id", type: "ustring" }
        ],
        ACL: [
          { name: "perms", type: "int" },
          { name: "id", type: "data.Id" }
        ],
        Stat: [
          { name: "czxid", type: "long" },
          { name: "mzxid", type: "long" },
          { name: "ctime", type: "long" },
          { name: "mtime", type: "long" },
          { name: "version", type: "int" },
          { name: "cversion", type: "int" },
          { name: "aversion", type: "int" },
          { name: "ephemeralOwner", type: "long" },
          { name: "dataLength", type: "int" },
          { name: "numChildren", type: "int" },
          { name: "pzxid", type: "long" }
        ]
      },
      protocol: {
        ConnectRequest: [
          { name: "protocolVersion", type: "int" },
          { name: "lastZxidSeen", type: "long" },
          { name: "timeOut", type: "int" },
          { name: "sessionId", type: "long" },
          { name: "passwd", type: "buffer" }
        ],
        ConnectResponse: [
          { name: "protocolVersion", type: "int" },
          { name: "timeOut", type: "int" },
          { name: "sessionId", type: "long" },
          { name: "passwd", type: "buffer" }
        ],
        RequestHeader: [
          { name: "xid", type: "int" },
          { name: "type", type: "int" }
        ],
        ReplyHeader: [
          { name: "xid", type: "int" },
          { name: "zxid", type: "long" },
          { name: "err", type: "int" }
        ],
        AuthPacket: [
          { name: "type", type: "int" },
          { name: "scheme", type: "ustring" },
          { name: "auth", type: "buffer" }
        ],
        CreateRequest: [
          { name: "path", type: "ustring" },
          { name: "data", type: "buffer" },
          { name: "acl", type: "vector<data.ACL>" },
          { name: "flags", type: "int" }
        ],
        CreateResponse: [
          { name: "path", type: "ustring" }
        ],
        DeleteRequest: [
          { name: "path", type: "ustring" },
          { name: "version", type: "int" }
        ],
        GetChildren2Request: [
          { name: "path", type: "ustring" },
          { name: "watch", type: "boolean" }
        ],
        GetChildren2Response: [
          { name: "children", type: "vector<ustring>" },
          { name: "stat", type: "data.Stat" }
        ],
        ExistsRequest: [
          { name: "path", type: "ustring" },
          { name: "watch", type: "boolean" }
        ],
        ExistsResponse: [
          { name: "stat", type: "data.Stat" }
        ],
        SetDataRequest: [
          { name: "path", type: "ustring" },
          { name: "data", type: "buffer" },
          { name: "version", type: "int" }
        ],
        SetDataResponse: [
          { name: "stat", type: "data.Stat" }
        ],
        GetDataRequest: [
          { name: "path", type: "ustring" },
          { name: "watch", type: "boolean" }
        ],
        GetDataResponse: [
          { name: "data", type: "buffer" },
          { name: "stat", type: "data.Stat" }
        ],
        GetACLRequest: [
          { name: "path", type: "ustring" }
        ],
        GetACLResponse: [
          { name: "acl", type: "vector<data.ACL>" },
          { name: "stat", type: "data.Stat" }
        ],
        SetACLRequest: [
          { name: "path", type: "ustring" },
          { name: "acl", type: "vector<data.ACL>" },
          { name: "version", type: "int" }
        ],
        SetACLResponse: [
          { name: "stat", type: "data.Stat" }
        ],
        WatcherEvent: [
          { name: "type", type: "int" },
          { name: "state", type: "int" },
          { name: "path", type: "ustring" }
        ],
        SetWatches: [
          { name: "relativeZxid", type: "long" },
          { name: "dataWatches", type: "vector<ustring>" },
          { name: "existWatches", type: "vector<ustring>" },
          { name: "childWatches", type: "vector<ustring>" }
        ],
        MultiHeader: [
          { name: "type", type: "int" },
          { name: "done", type: "boolean" },
          { name: "err", type: "int" }
        ],
        CheckVersionRequest: [
          { name: "path", type: "ustring" },
          { name: "version", type: "int" }
        ],
        ErrorResponse: [
          { name: "err", type: "int" }
        ]
      }
    };
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/jute/index.js
var require_jute = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/jute/index.js"(exports, module) {
    var fs = __require("fs");
    var util = __require("util");
    var assert = __require("assert");
    var exports = module.exports;
    var jute = exports;
    var PROTOCOL_VERSION = 0;
    var OP_CODES = {
      NOTIFICATION: 0,
      CREATE: 1,
      DELETE: 2,
      EXISTS: 3,
      GET_DATA: 4,
      SET_DATA: 5,
      GET_ACL: 6,
      SET_ACL: 7,
      GET_CHILDREN: 8,
      SYNC: 9,
      PING: 11,
      GET_CHILDREN2: 12,
      CHECK: 13,
      MULTI: 14,
      AUTH: 100,
      SET_WATCHES: 101,
      SASL: 102,
      CREATE_SESSION: -10,
      CLOSE_SESSION: -11,
      ERROR: -1
    };
    var XID_NOTIFICATION = -1;
    var XID_PING = -2;
    var XID_AUTHENTICATION = -4;
    function Record(specification2, args) {
      if (!Array.isArray(specification2)) {
        throw new Error("specification must be a valid Array.");
      }
      this.specification = specification2;
      this.chrootPath = void 0;
      args = args || [];
      var self2 = this, match;
      self2.specification.forEach(function(attribute, index) {
        switch (attribute.type) {
          case "int":
            if (typeof args[index] === "number") {
              self2[attribute.name] = args[index];
            } else {
              self2[attribute.name] = 0;
            }
            break;
          case "long":
            self2[attribute.name] = Buffer.alloc(8);
            if (Buffer.isBuffer(args[index])) {
              args[index].copy(self2[attribute.name]);
            } else {
              self2[attribute.name].fill(0);
            }
            break;
          case "buffer":
            if (Buffer.isBuffer(args[index])) {
              self2[attribute.name] = Buffer.alloc(args[index].length);
              args[index].copy(self2[attribute.name]);
            } else {
              self2[attribute.name] = void 0;
            }
            break;
          case "ustring":
            if (typeof args[index] === "string") {
              self2[attribute.name] = args[index];
            } else {
              self2[attribute.name] = void 0;
            }
            break;
          case "boolean":
            if (typeof args[index] === "boolean") {
              self2[attribute.name] = args[index];
            } else {
              self2[attribute.name] = false;
            }
            break;
          default:
            if ((match = /^vector<([\w.]+)>$/.exec(attribute.type)) !== null) {
              if (Array.isArray(args[index])) {
                self2[attribute.name] = args[index];
              } else {
                self2[attribute.name] = void 0;
              }
            } else if ((match = /^data\.(\w+)$/.exec(attribute.type)) !== null) {
              if (args[index] instanceof Record) {
                self2[attribute.name] = args[index];
              } else {
                self2[attribute.name] = new jute.data[match[1]]();
              }
            } else {
              throw new Error("Unknown type: " + attribute.type);
            }
        }
      });
    }
    Record.prototype.setChrootPath = function(path) {
      this.chrootPath = path;
    };
    function byteLength(type, value) {
      var size2 = 0, match;
      switch (type) {
        case "int":
          size2 = 4;
          break;
        case "long":
          size2 = 8;
          break;
        case "buffer":
          size2 = 4;
          if (Buffer.isBuffer(value)) {
            size2 += value.length;
          }
          break;
        case "ustring":
          size2 = 4;
          if (typeof value === "string") {
            size2 += Buffer.byteLength(value);
          }
          break;
        case "boolean":
          size2 = 1;
          break;
        default:
          if ((match = /^vector<([\w.]+)>$/.exec(type)) !== null) {
            size2 = 4;
            if (Array.isArray(value)) {
              value.forEach(function(item) {
                size2 += byteLength(match[1], item);
              });
            }
          } else if ((match = /^data\.(\w+)$/.exec(type)) !== null) {
            size2 = value.byteLength();
          } else {
            throw new Error("Unknown type: " + type);
          }
      }
      return size2;
    }
    function prependChroot(self2, path) {
      if (!self2.chrootPath) {
        return path;
      }
      if (path === "/") {
        return self2.chrootPath;
      }
      return self2.chrootPath + path;
    }
    Record.prototype.byteLength = function() {
      var self2 = this, size2 = 0;
      self2.specification.forEach(function(attribute) {
        var value = self2[attribute.name];
        if (attribute.name === "path") {
          value = prependChroot(self2, value);
        }
        if ((attribute.name === "dataWatches" || attribute.name === "existWatches" || attribute.name === "childWatches") && Array.isArray(value)) {
          value = value.map(function(path) {
            return prependChroot(self2, path);
          });
        }
        size2 += byteLength(attribute.type, value);
      });
      return size2;
    };
    function serialize(type, value, buffer, offset) {
      var bytesWritten = 0, length = 0, match;
      switch (type) {
        case "int":
          buffer.writeInt32BE(value, offset);
          bytesWritten = 4;
          break;
        case "long":
          value.copy(buffer, offset);
          bytesWritten = 8;
          break;
        case "buffer":
          if (Buffer.isBuffer(value)) {
            buffer.writeInt32BE(value.length, offset);
            bytesWritten = 4;
            value.copy(buffer, offset + bytesWritten);
            bytesWritten += value.length;
          } else {
            buffer.writeInt32BE(-1, offset);
            bytesWritten = 4;
          }
          break;
        case "ustring":
          if (typeof value === "string") {
            length = Buffer.byteLength(value);
            buffer.writeInt32BE(length, offset);
            bytesWritten = 4;
            Buffer.from(value).copy(buffer, offset + bytesWritten);
            bytesWritten += length;
          } else {
            buffer.writeInt32BE(-1, offset);
            bytesWritten += 4;
          }
          break;
        case "boolean":
          buffer.writeUInt8(value ? 1 : 0, offset);
          bytesWritten += 1;
          break;
        default:
          if ((match = /^vector<([\w.]+)>$/.exec(type)) !== null) {
            if (Array.isArray(value)) {
              buffer.writeInt32BE(value.length, offset);
              bytesWritten += 4;
              value.forEach(function(item) {
                bytesWritten += serialize(
                  match[1],
                  item,
                  buffer,
                  offset + bytesWritten
                );
              });
            } else {
              buffer.writeInt32BE(-1, offset);
              bytesWritten += 4;
            }
          } else if ((match = /^data\.(\w+)$/.exec(type)) !== null) {
            bytesWritten += value.serialize(buffer, offset + bytesWritten);
          } else {
            throw new Error("Unknown type: " + type);
          }
      }
      return bytesWritten;
    }
    Record.prototype.serialize = function(buffer, offset) {
      if (!Buffer.isBuffer(buffer)) {
        throw new Error("buffer must an instance of Node.js Buffer class.");
      }
      if (offset < 0 || offset >= buffer.length) {
        throw new Error("offset: " + offset + " is out of buffer range.");
      }
      var self2 = this, size2 = this.byteLength();
      if (offset + size2 > buffer.length) {
        throw new Error("buffer does not have enough space.");
      }
      self2.specification.forEach(function(attribute) {
        var value = self2[attribute.name];
        if (attribute.name === "path") {
          value = prependChroot(self2, value);
        }
        if ((attribute.name === "dataWatches" || attribute.name === "existWatches" || attribute.name === "childWatches") && Array.isArray(value)) {
          value = value.map(function(path) {
            return prependChroot(self2, path);
          });
        }
        offset += serialize(
          attribute.type,
          value,
          buffer,
          offset
        );
      });
      return size2;
    };
    function deserialize(type, buffer, offset) {
      var bytesRead = 0, length = 0, match, value, result2;
      switch (type) {
        case "int":
          value = buffer.readInt32BE(offset);
          bytesRead = 4;
          break;
        case "long":
          value = Buffer.alloc(8);
          buffer.copy(value, 0, offset, offset + 8);
          bytesRead = 8;
          break;
        case "buffer":
          length = buffer.readInt32BE(offset);
          bytesRead = 4;
          if (length === -1) {
            value = void 0;
          } else {
            value = Buffer.alloc(length);
            buffer.copy(
              value,
              0,
              offset + bytesRead,
              offset + bytesRead + length
            );
            bytesRead += length;
          }
          break;
        case "ustring":
          length = buffer.readInt32BE(offset);
          bytesRead = 4;
          if (length === -1) {
            value = void 0;
          } else {
            value = buffer.toString(
              "utf8",
              offset + bytesRead,
              offset + bytesRead + length
            );
            bytesRead += length;
          }
          break;
        case "boolean":
          value = buffer.readUInt8(offset) === 1;
          bytesRead = 1;
          break;
        default:
          if ((match = /^vector<([\w.]+)>$/.exec(type)) !== null) {
            length = buffer.readInt32BE(offset);
            bytesRead = 4;
            if (length === -1) {
              value = void 0;
            } else {
              value = [];
              while (length > 0) {
                result2 = deserialize(match[1], buffer, offset + bytesRead);
                value.push(result2.value);
                bytesRead += result2.bytesRead;
                length -= 1;
              }
            }
          } else if ((match = /^data\.(\w+)$/.exec(type)) !== null) {
            value = new jute.data[match[1]]();
            bytesRead = value.deserialize(buffer, offset);
          } else {
            throw new Error("Unknown type: " + type);
          }
      }
      return {
        value,
        bytesRead
      };
    }
    Record.prototype.deserialize = function(buffer, offset) {
      if (!Buffer.isBuffer(buffer)) {
        throw new Error("buffer must an instance of Node.js Buffer class.");
      }
      if (offset < 0 || offset >= buffer.length) {
        throw new Error("offset: " + offset + " is out of buffer range.");
      }
      var self2 = this, bytesRead = 0, result2;
      self2.specification.forEach(function(attribute) {
        result2 = deserialize(attribute.type, buffer, offset + bytesRead);
        self2[attribute.name] = result2.value;
        bytesRead += result2.bytesRead;
        if (self2.chrootPath && attribute.name === "path") {
          if (self2.path === self2.chrootPath) {
            self2.path = "/";
          } else {
            self2.path = self2.path.substring(self2.chrootPath.length);
          }
        }
      });
      return bytesRead;
    };
    function TransactionRequest(ops) {
      if (!(this instanceof TransactionRequest)) {
        return new TransactionRequest(ops);
      }
      assert(Array.isArray(ops), "ops must be a valid array.");
      this.ops = ops;
      this.records = [];
      this.ops.forEach(function(op) {
        var mh = new jute.protocol.MultiHeader(op.type, false, -1), record;
        this.records.push(mh);
        switch (op.type) {
          case jute.OP_CODES.CREATE:
            record = new jute.protocol.CreateRequest();
            record.path = op.path;
            record.data = op.data;
            record.acl = op.acls.map(function(item) {
              return item.toRecord();
            });
            record.flags = op.mode;
            break;
          case jute.OP_CODES.DELETE:
            record = new jute.protocol.DeleteRequest();
            record.path = op.path;
            record.version = op.version;
            break;
          case jute.OP_CODES.SET_DATA:
            record = new jute.protocol.SetDataRequest();
            record.path = op.path;
            if (Buffer.isBuffer(op.data)) {
              record.data = Buffer.alloc(op.data.length);
              op.data.copy(record.data);
            }
            record.version = op.version;
            break;
          case jute.OP_CODES.CHECK:
            record = new jute.protocol.CheckVersionRequest();
            record.path = op.path;
            record.version = op.version;
            break;
          default:
            throw new Error("Unknown op type: " + op.type);
        }
        this.records.push(record);
      }, this);
      this.records.push(new jute.protocol.MultiHeader(-1, true, -1));
    }
    TransactionRequest.prototype.setChrootPath = function(path) {
      this.records.forEach(function(record) {
        record.setChrootPath(path);
      });
    };
    TransactionRequest.prototype.byteLength = function() {
      return this.records.reduce(function(length, record) {
        return length + record.byteLength();
      }, 0);
    };
    TransactionRequest.prototype.serialize = function(buffer, offset) {
      assert(
        Buffer.isBuffer(buffer),
        "buffer must an instance of Node.js Buffer class."
      );
      assert(
        offset >= 0 && offset < buffer.length,
        "offset: " + offset + " is out of buffer range."
      );
      var size2 = this.byteLength();
      if (offset + size2 > buffer.length) {
        throw new Error("buffer does not have enough space.");
      }
      this.records.forEach(function(record) {
        offset += record.serialize(
          buffer,
          offset
        );
      });
      return size2;
    };
    function TransactionResponse() {
      if (!(this instanceof TransactionResponse)) {
        return new TransactionResponse();
      }
      this.results = [];
      this.chrootPath = void 0;
    }
    TransactionResponse.prototype.setChrootPath = function(path) {
      this.chrootPath = path;
    };
    TransactionResponse.prototype.deserialize = function(buffer, offset) {
      assert(
        Buffer.isBuffer(buffer),
        "buffer must an instance of Node.js Buffer class."
      );
      assert(
        offset >= 0 && offset < buffer.length,
        "offset: " + offset + " is out of buffer range."
      );
      var self2 = this, bytesRead = 0, header, response;
      while (true) {
        header = new jute.protocol.MultiHeader();
        bytesRead += header.deserialize(buffer, offset + bytesRead);
        if (header.done) {
          break;
        }
        switch (header.type) {
          case jute.OP_CODES.CREATE:
            response = new jute.protocol.CreateResponse();
            response.setChrootPath(self2.chrootPath);
            bytesRead += response.deserialize(buffer, offset + bytesRead);
            self2.results.push({
              type: header.type,
              path: response.path
            });
            break;
          case jute.OP_CODES.DELETE:
            self2.results.push({
              type: header.type
            });
            break;
          case jute.OP_CODES.SET_DATA:
            response = new jute.protocol.SetDataResponse();
            response.setChrootPath(self2.chrootPath);
            bytesRead += response.deserialize(buffer, offset + bytesRead);
            self2.results.push({
              type: header.type,
              stat: response.stat
            });
            break;
          case jute.OP_CODES.CHECK:
            self2.results.push({
              type: header.type
            });
            break;
          case jute.OP_CODES.ERROR:
            response = new jute.protocol.ErrorResponse();
            response.setChrootPath(self2.chrootPath);
            bytesRead += response.deserialize(buffer, offset + bytesRead);
            self2.results.push({
              type: header.type,
              err: response.err
            });
            break;
          default:
            throw new Error(
              "Unknown type: " + header.type + " in transaction response."
            );
        }
      }
      return bytesRead;
    };
    function Request(header, payload) {
      this.header = header;
      this.payload = payload;
    }
    Request.prototype.toBuffer = function() {
      var size2 = 0, offset = 0, buffer;
      if (this.header) {
        size2 += this.header.byteLength();
      }
      if (this.payload) {
        size2 += this.payload.byteLength();
      }
      buffer = Buffer.alloc(size2 + 4);
      buffer.writeInt32BE(size2, offset);
      offset += 4;
      if (this.header) {
        offset += this.header.serialize(buffer, offset);
      }
      if (this.payload) {
        offset += this.payload.serialize(buffer, offset);
      }
      return buffer;
    };
    function Response(header, payload) {
      this.header = header;
      this.payload = payload;
    }
    function generateClass(specification2, moduleName, className) {
      var spec = specification2[moduleName][className], constructor;
      constructor = function() {
        Record.call(this, spec, Array.prototype.slice.call(arguments, 0));
      };
      util.inherits(constructor, Record);
      return constructor;
    }
    exports.PROTOCOL_VERSION = PROTOCOL_VERSION;
    exports.OP_CODES = OP_CODES;
    exports.XID_NOTIFICATION = XID_NOTIFICATION;
    exports.XID_PING = XID_PING;
    exports.XID_AUTHENTICATION = XID_AUTHENTICATION;
    exports.Request = Request;
    exports.Response = Response;
    exports.TransactionRequest = TransactionRequest;
    exports.TransactionResponse = TransactionResponse;
    var specification = require_specification();
    Object.keys(specification).forEach(function(moduleName) {
      exports[moduleName] = exports[moduleName] || {};
      Object.keys(specification[moduleName]).forEach(function(className) {
        exports[moduleName][className] = generateClass(specification, moduleName, className);
      });
    });
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Id.js
var require_Id = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Id.js"(exports, module) {
    var jute = require_jute();
    function Id(scheme, id) {
      if (!scheme || typeof scheme !== "string") {
        throw new Error("scheme must be a non-empty string.");
      }
      if (typeof id !== "string") {
        throw new Error("id must be a string.");
      }
      this.scheme = scheme;
      this.id = id;
    }
    Id.prototype.toRecord = function() {
      return new jute.data.Id(
        this.scheme,
        this.id
      );
    };
    var IDS = {
      ANYONE_ID_UNSAFE: new Id("world", "anyone"),
      AUTH_IDS: new Id("auth", "")
    };
    function fromRecord(record) {
      if (!(record instanceof jute.data.Id)) {
        throw new Error("record must be an instace of jute.data.Id.");
      }
      return new Id(record.scheme, record.id);
    }
    module.exports = Id;
    module.exports.fromRecord = fromRecord;
    Object.keys(IDS).forEach(function(key) {
      module.exports[key] = IDS[key];
    });
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Permission.js
var require_Permission = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Permission.js"(exports, module) {
    var PERMISSIONS = {
      READ: 1,
      WRITE: 2,
      CREATE: 4,
      DELETE: 8,
      ADMIN: 16,
      ALL: 31
    };
    module.exports = PERMISSIONS;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/ACL.js
var require_ACL = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/ACL.js"(exports, module) {
    var jute = require_jute();
    var Id = require_Id();
    var Permission = require_Permission();
    function ACL(permission, id) {
      if (typeof permission !== "number" || permission < 1 || permission > 31) {
        throw new Error("permission must be a valid integer.");
      }
      if (!(id instanceof Id)) {
        throw new Error("id must be an instance of Id class.");
      }
      this.permission = permission;
      this.id = id;
    }
    ACL.prototype.toRecord = function() {
      return new jute.data.ACL(
        this.permission,
        this.id.toRecord()
      );
    };
    var ACLS = {
      OPEN_ACL_UNSAFE: [new ACL(Permission.ALL, Id.ANYONE_ID_UNSAFE)],
      CREATOR_ALL_ACL: [new ACL(Permission.ALL, Id.AUTH_IDS)],
      READ_ACL_UNSAFE: [new ACL(Permission.READ, Id.ANYONE_ID_UNSAFE)]
    };
    function fromRecord(record) {
      if (!(record instanceof jute.data.ACL)) {
        throw new Error("record must be an instace of jute.data.ACL.");
      }
      return new ACL(record.perms, Id.fromRecord(record.id));
    }
    module.exports = ACL;
    module.exports.fromRecord = fromRecord;
    Object.keys(ACLS).forEach(function(key) {
      module.exports[key] = ACLS[key];
    });
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Path.js
var require_Path = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Path.js"(exports) {
    var assert = __require("assert");
    function validate2(path) {
      assert(
        path && typeof path === "string",
        "Node path must be a non-empty string."
      );
      assert(path[0] === "/", "Node path must start with / character.");
      if (path.length === 1) {
        return;
      }
      assert(
        path[path.length - 1] !== "/",
        "Node path must not end with / character."
      );
      assert(
        !/\/\//.test(path),
        "Node path must not contain empty node name."
      );
      assert(
        !/\/\.(\.)?(\/|$)/.test(path),
        "Node path must not contain relative path(s)."
      );
    }
    exports.validate = validate2;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Event.js
var require_Event = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Event.js"(exports, module) {
    var assert = __require("assert");
    var TYPES = {
      NODE_CREATED: 1,
      NODE_DELETED: 2,
      NODE_DATA_CHANGED: 3,
      NODE_CHILDREN_CHANGED: 4
    };
    function validateType(type) {
      assert(typeof type === "number", "type must be a number.");
      var defined = Object.keys(TYPES).some(function(name) {
        return TYPES[name] === type;
      });
      if (!defined) {
        throw new Error("Unknown type: " + type);
      }
    }
    function Event(type, name, path) {
      validateType(type);
      assert(
        name && typeof name === "string",
        "name must be a non-empty string."
      );
      this.type = type;
      this.name = name;
      this.path = path;
    }
    Event.prototype.getType = function() {
      return this.type;
    };
    Event.prototype.getName = function() {
      return this.name;
    };
    Event.prototype.getPath = function() {
      return this.path;
    };
    Event.prototype.toString = function() {
      var result2 = this.name + "[" + this.type + "]";
      if (this.path) {
        result2 += "@" + this.path;
      }
      return result2;
    };
    function create2(watcherEvent) {
      assert(watcherEvent, "watcherEvent must be a valid object.");
      validateType(watcherEvent.type);
      var name, i = 0, keys2 = Object.keys(TYPES);
      while (i < keys2.length) {
        if (TYPES[keys2[i]] === watcherEvent.type) {
          name = keys2[i];
          break;
        }
        i += 1;
      }
      return new Event(watcherEvent.type, name, watcherEvent.path);
    }
    module.exports = Event;
    module.exports.create = create2;
    Object.keys(TYPES).forEach(function(key) {
      module.exports[key] = TYPES[key];
    });
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/State.js
var require_State = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/State.js"(exports, module) {
    var assert = __require("assert");
    function State(name, code) {
      assert(
        name && typeof name === "string",
        "name must be a non-empty string."
      );
      assert(typeof code === "number", "type must be a number.");
      this.name = name;
      this.code = code;
    }
    State.prototype.getName = function() {
      return this.name;
    };
    State.prototype.getCode = function() {
      return this.code;
    };
    State.prototype.toString = function() {
      return this.name + "[" + this.code + "]";
    };
    var STATES = {
      DISCONNECTED: new State("DISCONNECTED", 0),
      SYNC_CONNECTED: new State("SYNC_CONNECTED", 3),
      AUTH_FAILED: new State("AUTH_FAILED", 4),
      CONNECTED_READ_ONLY: new State("CONNECTED_READ_ONLY", 5),
      SASL_AUTHENTICATED: new State("SASL_AUTHENTICATED", 6),
      EXPIRED: new State("EXPIRED", -122)
    };
    module.exports = STATES;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/CreateMode.js
var require_CreateMode = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/CreateMode.js"(exports, module) {
    var CREATE_MODES = {
      /**
       * The znode will not be automatically deleted upon client's disconnect.
       */
      PERSISTENT: 0,
      /**
      * The znode will not be automatically deleted upon client's disconnect,
      * and its name will be appended with a monotonically increasing number.
      */
      PERSISTENT_SEQUENTIAL: 2,
      /**
       * The znode will be deleted upon the client's disconnect.
       */
      EPHEMERAL: 1,
      /**
       * The znode will be deleted upon the client's disconnect, and its name
       * will be appended with a monotonically increasing number.
       */
      EPHEMERAL_SEQUENTIAL: 3
    };
    module.exports = CREATE_MODES;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Exception.js
var require_Exception = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Exception.js"(exports, module) {
    var util = __require("util");
    var assert = __require("assert");
    var CODES = {
      OK: 0,
      SYSTEM_ERROR: -1,
      RUNTIME_INCONSISTENCY: -2,
      DATA_INCONSISTENCY: -3,
      CONNECTION_LOSS: -4,
      MARSHALLING_ERROR: -5,
      UNIMPLEMENTED: -6,
      OPERATION_TIMEOUT: -7,
      BAD_ARGUMENTS: -8,
      API_ERROR: -100,
      NO_NODE: -101,
      NO_AUTH: -102,
      BAD_VERSION: -103,
      NO_CHILDREN_FOR_EPHEMERALS: -108,
      NODE_EXISTS: -110,
      NOT_EMPTY: -111,
      SESSION_EXPIRED: -112,
      INVALID_CALLBACK: -113,
      INVALID_ACL: -114,
      AUTH_FAILED: -115
    };
    function validateCode(code) {
      assert(typeof code === "number", "code must be a number.");
      var defined = Object.keys(CODES).some(function(name) {
        return CODES[name] === code;
      });
      if (!defined) {
        throw new Error("Unknown code: " + code);
      }
    }
    function Exception(code, name, path, ctor2) {
      if (!ctor2) {
        ctor2 = path;
        path = void 0;
      }
      validateCode(code);
      assert(
        name && typeof name === "string",
        "name must be a non-empty string."
      );
      assert(typeof ctor2 === "function", "ctor must be a function.");
      Error.captureStackTrace(this, ctor2 || Exception);
      this.code = code;
      this.name = name;
      this.path = path;
      this.message = "Exception: " + name + "[" + code + "]";
      if (path) {
        this.message += "@" + path;
      }
    }
    util.inherits(Exception, Error);
    Exception.prototype.getCode = function() {
      return this.code;
    };
    Exception.prototype.getName = function() {
      return this.name;
    };
    Exception.prototype.getPath = function() {
      return this.path;
    };
    Exception.prototype.toString = function() {
      return this.message;
    };
    function create2(code, path) {
      validateCode(code);
      var name, i = 0, keys2 = Object.keys(CODES);
      while (i < keys2.length) {
        if (CODES[keys2[i]] === code) {
          name = keys2[i];
          break;
        }
        i += 1;
      }
      return new Exception(code, name, path, create2);
    }
    module.exports = Exception;
    module.exports.create = create2;
    Object.keys(CODES).forEach(function(key) {
      module.exports[key] = CODES[key];
    });
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/ConnectionStringParser.js
var require_ConnectionStringParser = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/ConnectionStringParser.js"(exports, module) {
    var assert = __require("assert");
    var u = (init_index_all(), __toCommonJS(index_all_exports));
    var Path = require_Path();
    var DEFAULT_PORT = 2181;
    function ConnectionStringParser(connectionString) {
      assert(
        connectionString && typeof connectionString === "string",
        "connectionString must be a non-empty string."
      );
      this.connectionString = connectionString;
      var index = connectionString.indexOf("/"), hostList = [], servers = [];
      if (index !== -1 && index !== connectionString.length - 1) {
        this.chrootPath = connectionString.substring(index);
        Path.validate(this.chrootPath);
      } else {
        this.chrootPath = void 0;
      }
      if (index !== -1) {
        hostList = connectionString.substring(0, index).split(",");
      } else {
        hostList = connectionString.split(",");
      }
      hostList.filter(function(item) {
        return item;
      }).forEach(function(item) {
        var parts = item.split(":");
        servers.push({
          host: parts[0],
          port: parts[1] || DEFAULT_PORT
        });
      });
      assert(
        servers.length > 0,
        "connectionString must contain at least one server."
      );
      this.servers = u.shuffle(servers);
    }
    ConnectionStringParser.prototype.getConnectionString = function() {
      return this.connectionString;
    };
    ConnectionStringParser.prototype.getChrootPath = function() {
      return this.chrootPath;
    };
    ConnectionStringParser.prototype.getServers = function() {
      return this.servers.slice(0);
    };
    module.exports = ConnectionStringParser;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/WatcherManager.js
var require_WatcherManager = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/WatcherManager.js"(exports, module) {
    var events = __require("events");
    var Path = require_Path();
    var Event = require_Event();
    function WatcherManager() {
      this.dataWatchers = {};
      this.childWatchers = {};
      this.existenceWatchers = {};
    }
    function registerWatcher(self2, type, path, watcher) {
      var watchers = self2[type + "Watchers"], watcherExists = false;
      Path.validate(path);
      if (typeof watcher !== "function") {
        throw new Error("watcher must be a valid function.");
      }
      watchers[path] = watchers[path] || new events.EventEmitter();
      watcherExists = watchers[path].listeners("notification").some(function(l) {
        return l === watcher || l.listener === watcher;
      });
      if (!watcherExists) {
        watchers[path].once("notification", watcher);
      }
    }
    function getWatcherPaths(self2, type) {
      var watchers = self2[type + "Watchers"], result2 = [];
      Object.keys(watchers).forEach(function(path) {
        if (watchers[path].listeners("notification").length > 0) {
          result2.push(path);
        }
      });
      return result2;
    }
    WatcherManager.prototype.registerDataWatcher = function(path, watcher) {
      registerWatcher(this, "data", path, watcher);
    };
    WatcherManager.prototype.getDataWatcherPaths = function() {
      return getWatcherPaths(this, "data");
    };
    WatcherManager.prototype.registerChildWatcher = function(path, watcher) {
      registerWatcher(this, "child", path, watcher);
    };
    WatcherManager.prototype.getChildWatcherPaths = function() {
      return getWatcherPaths(this, "child");
    };
    WatcherManager.prototype.registerExistenceWatcher = function(path, watcher) {
      registerWatcher(this, "existence", path, watcher);
    };
    WatcherManager.prototype.getExistenceWatcherPaths = function() {
      return getWatcherPaths(this, "existence");
    };
    WatcherManager.prototype.emit = function(watcherEvent) {
      if (!watcherEvent) {
        throw new Error("watcherEvent must be a valid object.");
      }
      var emitters = [], event;
      switch (watcherEvent.type) {
        case Event.NODE_DATA_CHANGED:
        case Event.NODE_CREATED:
          if (this.dataWatchers[watcherEvent.path]) {
            emitters.push(this.dataWatchers[watcherEvent.path]);
            delete this.dataWatchers[watcherEvent.path];
          }
          if (this.existenceWatchers[watcherEvent.path]) {
            emitters.push(this.existenceWatchers[watcherEvent.path]);
            delete this.existenceWatchers[watcherEvent.path];
          }
          break;
        case Event.NODE_CHILDREN_CHANGED:
          if (this.childWatchers[watcherEvent.path]) {
            emitters.push(this.childWatchers[watcherEvent.path]);
            delete this.childWatchers[watcherEvent.path];
          }
          break;
        case Event.NODE_DELETED:
          if (this.dataWatchers[watcherEvent.path]) {
            emitters.push(this.dataWatchers[watcherEvent.path]);
            delete this.dataWatchers[watcherEvent.path];
          }
          if (this.childWatchers[watcherEvent.path]) {
            emitters.push(this.childWatchers[watcherEvent.path]);
            delete this.childWatchers[watcherEvent.path];
          }
          break;
        default:
          throw new Error("Unknown event type: " + watcherEvent.type);
      }
      if (emitters.length < 1) {
        return;
      }
      event = Event.create(watcherEvent);
      emitters.forEach(function(emitter) {
        emitter.emit("notification", event);
      });
    };
    WatcherManager.prototype.isEmpty = function() {
      var empty = true, watchers, paths, i, j;
      watchers = [this.dataWatchers, this.existenceWatchers, this.childWatchers];
      for (i = 0; i < watchers.length; i += 1) {
        paths = Object.keys(watchers[i]);
        for (j = 0; j < paths.length; j += 1) {
          if (watchers[i][paths[j]].listeners("notification").length > 0) {
            empty = false;
            break;
          }
        }
      }
      return empty;
    };
    module.exports = WatcherManager;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/PacketQueue.js
var require_PacketQueue = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/PacketQueue.js"(exports, module) {
    var util = __require("util");
    var events = __require("events");
    function PacketQueue() {
      events.EventEmitter.call(this);
      this.queue = [];
    }
    util.inherits(PacketQueue, events.EventEmitter);
    PacketQueue.prototype.push = function(packet) {
      if (typeof packet !== "object") {
        throw new Error("packet must be a valid object.");
      }
      this.queue.push(packet);
      this.emit("readable");
    };
    PacketQueue.prototype.unshift = function(packet) {
      if (typeof packet !== "object") {
        throw new Error("packet must be a valid object.");
      }
      this.queue.unshift(packet);
      this.emit("readable");
    };
    PacketQueue.prototype.shift = function() {
      return this.queue.shift();
    };
    module.exports = PacketQueue;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/ConnectionManager.js
var require_ConnectionManager = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/ConnectionManager.js"(exports, module) {
    var net = __require("net");
    var utils = __require("util");
    var events = __require("events");
    var jute = require_jute();
    var ConnectionStringParser = require_ConnectionStringParser();
    var WatcherManager = require_WatcherManager();
    var PacketQueue = require_PacketQueue();
    var Exception = require_Exception();
    var STATES = {
      // Connection States.
      DISCONNECTED: 0,
      CONNECTING: 1,
      CONNECTED: 2,
      CONNECTED_READ_ONLY: 3,
      CLOSING: -1,
      CLOSED: -2,
      SESSION_EXPIRED: -3,
      AUTHENTICATION_FAILED: -4
    };
    function ConnectionManager(connectionString, options, stateListener) {
      events.EventEmitter.call(this);
      this.watcherManager = new WatcherManager();
      this.connectionStringParser = new ConnectionStringParser(connectionString);
      this.servers = this.connectionStringParser.getServers();
      this.chrootPath = this.connectionStringParser.getChrootPath();
      this.nextServerIndex = 0;
      this.serverAttempts = 0;
      this.state = STATES.DISCONNECTED;
      this.options = options;
      this.spinDelay = options.spinDelay;
      this.updateTimeout(options.sessionTimeout);
      this.connectTimeoutHandler = null;
      this.xid = 0;
      this.sessionId = Buffer.alloc(8);
      if (Buffer.isBuffer(options.sessionId)) {
        options.sessionId.copy(this.sessionId);
      } else {
        this.sessionId.fill(0);
      }
      this.sessionPassword = Buffer.alloc(16);
      if (Buffer.isBuffer(options.sessionPassword)) {
        options.sessionPassword.copy(this.sessionPassword);
      } else {
        this.sessionPassword.fill(0);
      }
      this.credentials = [];
      this.zxid = Buffer.alloc(8);
      this.zxid.fill(0);
      this.pendingBuffer = null;
      this.packetQueue = new PacketQueue();
      this.packetQueue.on("readable", this.onPacketQueueReadable.bind(this));
      this.pendingQueue = [];
      this.on("state", stateListener);
    }
    utils.inherits(ConnectionManager, events.EventEmitter);
    ConnectionManager.prototype.updateTimeout = function(sessionTimeout) {
      this.sessionTimeout = sessionTimeout;
      this.connectTimeout = Math.floor(sessionTimeout / this.servers.length);
      this.pingTimeout = Math.floor(this.sessionTimeout / 3);
    };
    ConnectionManager.prototype.findNextServer = function(callback) {
      var self2 = this;
      self2.nextServerIndex %= self2.servers.length;
      if (self2.serverAttempts === self2.servers.length) {
        setTimeout(function() {
          callback(self2.servers[self2.nextServerIndex]);
          self2.nextServerIndex += 1;
          self2.serverAttempts = 0;
        }, Math.random() * self2.spinDelay);
      } else {
        self2.serverAttempts += 1;
        process.nextTick(function() {
          callback(self2.servers[self2.nextServerIndex]);
          self2.nextServerIndex += 1;
        });
      }
    };
    ConnectionManager.prototype.setState = function(state) {
      if (typeof state !== "number") {
        throw new Error("state must be a valid number.");
      }
      if (this.state !== state) {
        this.state = state;
        this.emit("state", this.state);
      }
    };
    ConnectionManager.prototype.registerDataWatcher = function(path, watcher) {
      this.watcherManager.registerDataWatcher(path, watcher);
    };
    ConnectionManager.prototype.registerChildWatcher = function(path, watcher) {
      this.watcherManager.registerChildWatcher(path, watcher);
    };
    ConnectionManager.prototype.registerExistenceWatcher = function(path, watcher) {
      this.watcherManager.registerExistenceWatcher(path, watcher);
    };
    ConnectionManager.prototype.cleanupPendingQueue = function(errorCode) {
      var pendingPacket = this.pendingQueue.shift();
      while (pendingPacket) {
        if (pendingPacket.callback) {
          pendingPacket.callback(Exception.create(errorCode));
        }
        pendingPacket = this.pendingQueue.shift();
      }
    };
    ConnectionManager.prototype.getSessionId = function() {
      var result2 = Buffer.alloc(8);
      this.sessionId.copy(result2);
      return result2;
    };
    ConnectionManager.prototype.getSessionPassword = function() {
      var result2 = Buffer.alloc(16);
      this.sessionPassword.copy(result2);
      return result2;
    };
    ConnectionManager.prototype.getSessionTimeout = function() {
      return this.sessionTimeout;
    };
    ConnectionManager.prototype.connect = function() {
      var self2 = this;
      self2.setState(STATES.CONNECTING);
      self2.findNextServer(function(server) {
        self2.socket = net.connect(server);
        self2.connectTimeoutHandler = setTimeout(
          self2.onSocketConnectTimeout.bind(self2),
          self2.connectTimeout
        );
        self2.socket.setNoDelay();
        self2.socket.on("connect", self2.onSocketConnected.bind(self2));
        self2.socket.on("data", self2.onSocketData.bind(self2));
        self2.socket.on("drain", self2.onSocketDrain.bind(self2));
        self2.socket.on("close", self2.onSocketClosed.bind(self2));
        self2.socket.on("error", self2.onSocketError.bind(self2));
      });
    };
    ConnectionManager.prototype.close = function() {
      var self2 = this, header = new jute.protocol.RequestHeader(), request;
      self2.setState(STATES.CLOSING);
      header.type = jute.OP_CODES.CLOSE_SESSION;
      request = new jute.Request(header, null);
      self2.queue(request);
    };
    ConnectionManager.prototype.onSocketClosed = function(hasError) {
      var retry = false, errorCode, pendingPacket;
      switch (this.state) {
        case STATES.CLOSING:
          errorCode = Exception.CONNECTION_LOSS;
          retry = false;
          break;
        case STATES.SESSION_EXPIRED:
          errorCode = Exception.SESSION_EXPIRED;
          retry = false;
          break;
        case STATES.AUTHENTICATION_FAILED:
          errorCode = Exception.AUTH_FAILED;
          retry = false;
          break;
        default:
          errorCode = Exception.CONNECTION_LOSS;
          retry = true;
      }
      this.cleanupPendingQueue(errorCode);
      this.setState(STATES.DISCONNECTED);
      if (retry) {
        this.connect();
      } else {
        this.setState(STATES.CLOSED);
      }
    };
    ConnectionManager.prototype.onSocketError = function(error) {
      if (this.connectTimeoutHandler) {
        clearTimeout(this.connectTimeoutHandler);
      }
    };
    ConnectionManager.prototype.onSocketConnectTimeout = function() {
      this.socket.destroy();
    };
    ConnectionManager.prototype.onSocketConnected = function() {
      var connectRequest, authRequest, setWatchesRequest, header, payload;
      if (this.connectTimeoutHandler) {
        clearTimeout(this.connectTimeoutHandler);
      }
      connectRequest = new jute.Request(null, new jute.protocol.ConnectRequest(
        jute.PROTOCOL_VERSION,
        this.zxid,
        this.sessionTimeout,
        this.sessionId,
        this.sessionPassword
      ));
      this.socket.write(connectRequest.toBuffer());
      if (this.credentials.length > 0) {
        this.credentials.forEach(function(credential) {
          header = new jute.protocol.RequestHeader();
          payload = new jute.protocol.AuthPacket();
          header.xid = jute.XID_AUTHENTICATION;
          header.type = jute.OP_CODES.AUTH;
          payload.type = 0;
          payload.scheme = credential.scheme;
          payload.auth = credential.auth;
          authRequest = new jute.Request(header, payload);
          this.queue(authRequest);
        }, this);
      }
      if (!this.watcherManager.isEmpty()) {
        header = new jute.protocol.RequestHeader();
        payload = new jute.protocol.SetWatches();
        header.type = jute.OP_CODES.SET_WATCHES;
        header.xid = jute.XID_SET_WATCHES;
        payload.setChrootPath(this.chrootPath);
        payload.relativeZxid = this.zxid;
        payload.dataWatches = this.watcherManager.getDataWatcherPaths();
        payload.existWatches = this.watcherManager.getExistenceWatcherPaths();
        payload.childWatches = this.watcherManager.getChildWatcherPaths();
        setWatchesRequest = new jute.Request(header, payload);
        this.queue(setWatchesRequest);
      }
    };
    ConnectionManager.prototype.onSocketTimeout = function() {
      var header, request;
      if (this.socket && (this.state === STATES.CONNECTED || this.state === STATES.CONNECTED_READ_ONLY)) {
        header = new jute.protocol.RequestHeader(
          jute.XID_PING,
          jute.OP_CODES.PING
        );
        request = new jute.Request(header, null);
        this.queue(request);
        this.socket.setTimeout(
          this.pingTimeout,
          this.onSocketTimeout.bind(this)
        );
      }
    };
    ConnectionManager.prototype.onSocketData = function(buffer) {
      var self2 = this, offset = 0, size2 = 0, connectResponse, pendingPacket, responseHeader, responsePayload, response, event;
      if (self2.pendingBuffer) {
        buffer = Buffer.concat(
          [self2.pendingBuffer, buffer],
          self2.pendingBuffer.length + buffer.length
        );
      }
      if (buffer.length < 4) {
        self2.pendingBuffer = buffer;
        return;
      }
      size2 = buffer.readInt32BE(offset);
      offset += 4;
      if (buffer.length < size2 + 4) {
        self2.pendingBuffer = buffer;
        return;
      }
      if (buffer.length === size2 + 4) {
        self2.pendingBuffer = null;
      } else {
        self2.pendingBuffer = buffer.slice(size2 + 4);
        buffer = buffer.slice(0, size2 + 4);
      }
      if (self2.state === STATES.CONNECTING) {
        connectResponse = new jute.protocol.ConnectResponse();
        offset += connectResponse.deserialize(buffer, offset);
        if (connectResponse.timeOut <= 0) {
          self2.setState(STATES.SESSION_EXPIRED);
        } else {
          self2.serverAttempts = 0;
          self2.sessionId = connectResponse.sessionId;
          self2.sessionPassword = connectResponse.passwd;
          self2.updateTimeout(connectResponse.timeOut);
          self2.setState(STATES.CONNECTED);
          self2.onPacketQueueReadable();
          self2.socket.setTimeout(
            self2.pingTimeout,
            self2.onSocketTimeout.bind(self2)
          );
        }
      } else {
        responseHeader = new jute.protocol.ReplyHeader();
        offset += responseHeader.deserialize(buffer, offset);
        switch (responseHeader.xid) {
          case jute.XID_PING:
            break;
          case jute.XID_AUTHENTICATION:
            if (responseHeader.err === Exception.AUTH_FAILED) {
              self2.setState(STATES.AUTHENTICATION_FAILED);
            }
            break;
          case jute.XID_NOTIFICATION:
            event = new jute.protocol.WatcherEvent();
            if (self2.chrootPath) {
              event.setChrootPath(self2.chrootPath);
            }
            offset += event.deserialize(buffer, offset);
            self2.watcherManager.emit(event);
            break;
          default:
            pendingPacket = self2.pendingQueue.shift();
            if (!pendingPacket) {
              self2.socket.destroy();
              return;
            }
            if (pendingPacket.request.header.xid !== responseHeader.xid) {
              self2.socket.destroy();
              return;
            }
            if (responseHeader.zxid) {
              self2.zxid = responseHeader.zxid;
            }
            if (responseHeader.err === 0) {
              switch (pendingPacket.request.header.type) {
                case jute.OP_CODES.CREATE:
                  responsePayload = new jute.protocol.CreateResponse();
                  break;
                case jute.OP_CODES.DELETE:
                  responsePayload = null;
                  break;
                case jute.OP_CODES.GET_CHILDREN2:
                  responsePayload = new jute.protocol.GetChildren2Response();
                  break;
                case jute.OP_CODES.EXISTS:
                  responsePayload = new jute.protocol.ExistsResponse();
                  break;
                case jute.OP_CODES.SET_DATA:
                  responsePayload = new jute.protocol.SetDataResponse();
                  break;
                case jute.OP_CODES.GET_DATA:
                  responsePayload = new jute.protocol.GetDataResponse();
                  break;
                case jute.OP_CODES.SET_ACL:
                  responsePayload = new jute.protocol.SetACLResponse();
                  break;
                case jute.OP_CODES.GET_ACL:
                  responsePayload = new jute.protocol.GetACLResponse();
                  break;
                case jute.OP_CODES.SET_WATCHES:
                  responsePayload = null;
                  break;
                case jute.OP_CODES.CLOSE_SESSION:
                  responsePayload = null;
                  break;
                case jute.OP_CODES.MULTI:
                  responsePayload = new jute.TransactionResponse();
                  break;
                default:
                  self2.socket.destroy();
                  return;
              }
              if (responsePayload) {
                if (self2.chrootPath) {
                  responsePayload.setChrootPath(self2.chrootPath);
                }
                offset += responsePayload.deserialize(buffer, offset);
              }
              if (pendingPacket.callback) {
                pendingPacket.callback(
                  null,
                  new jute.Response(responseHeader, responsePayload)
                );
              }
            } else if (pendingPacket.callback) {
              pendingPacket.callback(
                Exception.create(responseHeader.err),
                new jute.Response(responseHeader, null)
              );
            }
        }
      }
      if (self2.pendingBuffer) {
        self2.onSocketData(Buffer.alloc(0));
      }
    };
    ConnectionManager.prototype.onSocketDrain = function() {
      this.onPacketQueueReadable();
    };
    ConnectionManager.prototype.onPacketQueueReadable = function() {
      var packet, header;
      switch (this.state) {
        case STATES.CONNECTED:
        case STATES.CONNECTED_READ_ONLY:
        case STATES.CLOSING:
          break;
        case STATES.DISCONNECTED:
        case STATES.CONNECTING:
        case STATES.CLOSED:
        case STATES.SESSION_EXPIRED:
        case STATES.AUTHENTICATION_FAILED:
          return;
        default:
          throw new Error("Unknown state: " + this.state);
      }
      while ((packet = this.packetQueue.shift()) !== void 0) {
        header = packet.request.header;
        if (header !== null && header.type !== jute.OP_CODES.PING && header.type !== jute.OP_CODES.AUTH) {
          header.xid = this.xid;
          this.xid += 1;
          this.pendingQueue.push(packet);
        }
        if (!this.socket.write(packet.request.toBuffer())) {
          break;
        }
        if (header.type === jute.OP_CODES.CLOSE_SESSION) {
          break;
        }
      }
    };
    ConnectionManager.prototype.addAuthInfo = function(scheme, auth) {
      if (!scheme || typeof scheme !== "string") {
        throw new Error("scheme must be a non-empty string.");
      }
      if (!Buffer.isBuffer(auth)) {
        throw new Error("auth must be a valid instance of Buffer");
      }
      var header, payload, request;
      this.credentials.push({
        scheme,
        auth
      });
      switch (this.state) {
        case STATES.CONNECTED:
        case STATES.CONNECTED_READ_ONLY:
          header = new jute.protocol.RequestHeader();
          payload = new jute.protocol.AuthPacket();
          header.xid = jute.XID_AUTHENTICATION;
          header.type = jute.OP_CODES.AUTH;
          payload.type = 0;
          payload.scheme = scheme;
          payload.auth = auth;
          this.queue(new jute.Request(header, payload));
          break;
        case STATES.DISCONNECTED:
        case STATES.CONNECTING:
        case STATES.CLOSING:
        case STATES.CLOSED:
        case STATES.SESSION_EXPIRED:
        case STATES.AUTHENTICATION_FAILED:
          return;
        default:
          throw new Error("Unknown state: " + this.state);
      }
    };
    ConnectionManager.prototype.queue = function(request, callback) {
      if (typeof request !== "object") {
        throw new Error("request must be a valid instance of jute.Request.");
      }
      if (this.chrootPath && request.payload) {
        request.payload.setChrootPath(this.chrootPath);
      }
      callback = callback || function() {
      };
      switch (this.state) {
        case STATES.DISCONNECTED:
        case STATES.CONNECTING:
        case STATES.CONNECTED:
        case STATES.CONNECTED_READ_ONLY:
          this.packetQueue.push({
            request,
            callback
          });
          break;
        case STATES.CLOSING:
          if (request.header && request.header.type === jute.OP_CODES.CLOSE_SESSION) {
            this.packetQueue.push({
              request,
              callback
            });
          } else {
            callback(Exception.create(Exception.CONNECTION_LOSS));
          }
          break;
        case STATES.CLOSED:
          callback(Exception.create(Exception.CONNECTION_LOSS));
          return;
        case STATES.SESSION_EXPIRED:
          callback(Exception.create(Exception.SESSION_EXPIRED));
          return;
        case STATES.AUTHENTICATION_FAILED:
          callback(Exception.create(Exception.AUTH_FAILED));
          return;
        default:
          throw new Error("Unknown state: " + this.state);
      }
    };
    module.exports = ConnectionManager;
    module.exports.STATES = STATES;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Transaction.js
var require_Transaction = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/lib/Transaction.js"(exports, module) {
    var assert = __require("assert");
    var jute = require_jute();
    var Path = require_Path();
    var ACL = require_ACL();
    var Exception = require_Exception();
    var CreateMode = require_CreateMode();
    var ConnectionManager = require_ConnectionManager();
    function Transaction(connectionManager) {
      if (!(this instanceof Transaction)) {
        return new Transaction(connectionManager);
      }
      assert(
        connectionManager instanceof ConnectionManager,
        "connectionManager must be an instance of ConnectionManager."
      );
      this.ops = [];
      this.connectionManager = connectionManager;
    }
    Transaction.prototype.create = function(path, data, acls, mode) {
      var optionalArgs = [data, acls, mode], self2 = this, currentPath = "", nodes;
      Path.validate(path);
      data = acls = mode = void 0;
      optionalArgs.forEach(function(arg, index) {
        if (Array.isArray(arg)) {
          acls = arg;
        } else if (typeof arg === "number") {
          mode = arg;
        } else if (Buffer.isBuffer(arg)) {
          data = arg;
        }
      });
      acls = Array.isArray(acls) ? acls : ACL.OPEN_ACL_UNSAFE;
      mode = typeof mode === "number" ? mode : CreateMode.PERSISTENT;
      assert(
        data === null || data === void 0 || Buffer.isBuffer(data),
        "data must be a valid buffer, null or undefined."
      );
      assert(acls.length > 0, "acls must be a non-empty array.");
      this.ops.push({
        type: jute.OP_CODES.CREATE,
        path,
        data,
        acls,
        mode
      });
      return this;
    };
    Transaction.prototype.check = function(path, version) {
      version = version || -1;
      Path.validate(path);
      assert(typeof version === "number", "version must be a number.");
      this.ops.push({
        type: jute.OP_CODES.CHECK,
        path,
        version
      });
      return this;
    };
    Transaction.prototype.setData = function(path, data, version) {
      version = version || -1;
      Path.validate(path);
      assert(
        data === null || data === void 0 || Buffer.isBuffer(data),
        "data must be a valid buffer, null or undefined."
      );
      assert(typeof version === "number", "version must be a number.");
      this.ops.push({
        type: jute.OP_CODES.SET_DATA,
        path,
        data,
        version
      });
      return this;
    };
    Transaction.prototype.remove = function(path, version) {
      version = version || -1;
      Path.validate(path);
      assert(typeof version === "number", "version must be a number.");
      this.ops.push({
        type: jute.OP_CODES.DELETE,
        path,
        version
      });
      return this;
    };
    Transaction.prototype.commit = function(callback) {
      assert(typeof callback === "function", "callback must be a function");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.TransactionRequest(this.ops), request;
      header.type = jute.OP_CODES.MULTI;
      request = new jute.Request(header, payload);
      this.connectionManager.queue(request, function(error, response) {
        if (error) {
          callback(error);
          return;
        }
        var result2, i;
        for (i = 0; i < response.payload.results.length; i += 1) {
          result2 = response.payload.results[i];
          if (result2.type === jute.OP_CODES.ERROR && result2.err !== Exception.OK) {
            error = Exception.create(result2.err);
            break;
          }
        }
        callback(error, response.payload.results);
      });
    };
    module.exports = Transaction;
  }
});

// node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/index.js
var require_node_zookeeper_client = __commonJS({
  "node_modules/.pnpm/node-zookeeper-client@1.1.3/node_modules/node-zookeeper-client/index.js"(exports) {
    var assert = __require("assert");
    var events = __require("events");
    var util = __require("util");
    var net = __require("net");
    var async = require_async();
    var u = (init_index_all(), __toCommonJS(index_all_exports));
    var jute = require_jute();
    var ACL = require_ACL();
    var Id = require_Id();
    var Path = require_Path();
    var Event = require_Event();
    var State = require_State();
    var Permission = require_Permission();
    var CreateMode = require_CreateMode();
    var Exception = require_Exception();
    var Transaction = require_Transaction();
    var ConnectionManager = require_ConnectionManager();
    var CLIENT_DEFAULT_OPTIONS = {
      sessionTimeout: 3e4,
      // Default to 30 seconds.
      spinDelay: 1e3,
      // Defaults to 1 second.
      retries: 0
      // Defaults to 0, no retry.
    };
    var DATA_SIZE_LIMIT = 1048576;
    function defaultStateListener(state) {
      switch (state) {
        case State.DISCONNECTED:
          this.emit("disconnected");
          break;
        case State.SYNC_CONNECTED:
          this.emit("connected");
          break;
        case State.CONNECTED_READ_ONLY:
          this.emit("connectedReadOnly");
          break;
        case State.EXPIRED:
          this.emit("expired");
          break;
        case State.AUTH_FAILED:
          this.emit("authenticationFailed");
          break;
        default:
          return;
      }
    }
    function attempt(self2, fn, callback) {
      var count = 0, retry = true, retries = self2.options.retries, results = {};
      assert(typeof fn === "function", "fn must be a function.");
      assert(
        typeof retries === "number" && retries >= 0,
        "retries must be an integer greater or equal to 0."
      );
      assert(typeof callback === "function", "callback must be a function.");
      async.whilst(
        function(next) {
          return next(null, count <= retries && retry);
        },
        function(next) {
          var attempts = count;
          count += 1;
          fn(attempts, function(error) {
            var args, sessionTimeout;
            results[attempts] = {};
            results[attempts].error = error;
            if (arguments.length > 1) {
              args = Array.prototype.slice.apply(arguments);
              results[attempts].args = args.slice(1);
            }
            if (error && error.code === Exception.CONNECTION_LOSS) {
              retry = true;
            } else {
              retry = false;
            }
            if (!retry || count > retries) {
              next();
            } else {
              sessionTimeout = self2.connectionManager.getSessionTimeout();
              setTimeout(
                next,
                Math.min(1e3 * Math.pow(2, attempts), sessionTimeout)
              );
            }
          });
        },
        function(error) {
          var args = [], result2 = results[count - 1];
          if (callback) {
            args.push(result2.error);
            Array.prototype.push.apply(args, result2.args);
            callback.apply(null, args);
          }
        }
      );
    }
    function Client(connectionString, options) {
      if (!(this instanceof Client)) {
        return new Client(connectionString, options);
      }
      events.EventEmitter.call(this);
      options = options || {};
      assert(
        connectionString && typeof connectionString === "string",
        "connectionString must be an non-empty string."
      );
      assert(
        typeof options === "object",
        "options must be a valid object"
      );
      options = u.defaults(u.clone(options), CLIENT_DEFAULT_OPTIONS);
      this.connectionManager = new ConnectionManager(
        connectionString,
        options,
        this.onConnectionManagerState.bind(this)
      );
      this.options = options;
      this.state = State.DISCONNECTED;
      this.on("state", defaultStateListener);
    }
    util.inherits(Client, events.EventEmitter);
    Client.prototype.connect = function() {
      this.connectionManager.connect();
    };
    Client.prototype.close = function() {
      this.connectionManager.close();
    };
    Client.prototype.onConnectionManagerState = function(connectionManagerState) {
      var state;
      switch (connectionManagerState) {
        case ConnectionManager.STATES.DISCONNECTED:
          state = State.DISCONNECTED;
          break;
        case ConnectionManager.STATES.CONNECTED:
          state = State.SYNC_CONNECTED;
          break;
        case ConnectionManager.STATES.CONNECTED_READ_ONLY:
          state = State.CONNECTED_READ_ONLY;
          break;
        case ConnectionManager.STATES.SESSION_EXPIRED:
          state = State.EXPIRED;
          break;
        case ConnectionManager.STATES.AUTHENTICATION_FAILED:
          state = State.AUTH_FAILED;
          break;
        default:
          return;
      }
      if (this.state !== state) {
        this.state = state;
        this.emit("state", this.state);
      }
    };
    Client.prototype.getState = function() {
      return this.state;
    };
    Client.prototype.getSessionId = function() {
      return this.connectionManager.getSessionId();
    };
    Client.prototype.getSessionPassword = function() {
      return this.connectionManager.getSessionPassword();
    };
    Client.prototype.getSessionTimeout = function() {
      return this.connectionManager.getSessionTimeout();
    };
    Client.prototype.addAuthInfo = function(scheme, auth) {
      assert(
        scheme || typeof scheme === "string",
        "scheme must be a non-empty string."
      );
      assert(
        Buffer.isBuffer(auth),
        "auth must be a valid instance of Buffer"
      );
      var buffer = Buffer.alloc(auth.length);
      auth.copy(buffer);
      this.connectionManager.addAuthInfo(scheme, buffer);
    };
    Client.prototype.create = function(path, data, acls, mode, callback) {
      var self2 = this, optionalArgs = [data, acls, mode, callback], header, payload, request;
      Path.validate(path);
      data = acls = mode = callback = void 0;
      optionalArgs.forEach(function(arg, index) {
        if (Array.isArray(arg)) {
          acls = arg;
        } else if (typeof arg === "number") {
          mode = arg;
        } else if (Buffer.isBuffer(arg)) {
          data = arg;
        } else if (typeof arg === "function") {
          callback = arg;
        }
      });
      assert(
        typeof callback === "function",
        "callback must be a function."
      );
      acls = Array.isArray(acls) ? acls : ACL.OPEN_ACL_UNSAFE;
      mode = typeof mode === "number" ? mode : CreateMode.PERSISTENT;
      assert(
        data === null || data === void 0 || Buffer.isBuffer(data),
        "data must be a valid buffer, null or undefined."
      );
      if (Buffer.isBuffer(data)) {
        assert(
          data.length <= DATA_SIZE_LIMIT,
          "data must be equal of smaller than " + DATA_SIZE_LIMIT + " bytes."
        );
      }
      assert(acls.length > 0, "acls must be a non-empty array.");
      header = new jute.protocol.RequestHeader();
      header.type = jute.OP_CODES.CREATE;
      payload = new jute.protocol.CreateRequest();
      payload.path = path;
      payload.acl = acls.map(function(item) {
        return item.toRecord();
      });
      payload.flags = mode;
      if (Buffer.isBuffer(data)) {
        payload.data = Buffer.alloc(data.length);
        data.copy(payload.data);
      }
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error) {
              next(error);
              return;
            }
            next(null, response.payload.path);
          });
        },
        callback
      );
    };
    Client.prototype.remove = function(path, version, callback) {
      if (!callback) {
        callback = version;
        version = -1;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      assert(typeof version === "number", "version must be a number.");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.DeleteRequest(), request;
      header.type = jute.OP_CODES.DELETE;
      payload.path = path;
      payload.version = version;
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            next(error);
          });
        },
        callback
      );
    };
    Client.prototype.removeRecursive = function(path, version, callback) {
      if (!callback) {
        callback = version;
        version = -1;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      assert(typeof version === "number", "version must be a number.");
      var self2 = this;
      self2.listSubTreeBFS(path, function(error, children) {
        if (error) {
          callback(error);
          return;
        }
        async.eachSeries(children.reverse(), function(nodePath, next) {
          self2.remove(nodePath, version, function(err) {
            if (err && err.getCode() === Exception.NO_NODE) {
              next(null);
              return;
            }
            next(err);
          });
        }, callback);
      });
    };
    Client.prototype.setData = function(path, data, version, callback) {
      if (!callback) {
        callback = version;
        version = -1;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      assert(typeof version === "number", "version must be a number.");
      assert(
        data === null || data === void 0 || Buffer.isBuffer(data),
        "data must be a valid buffer, null or undefined."
      );
      if (Buffer.isBuffer(data)) {
        assert(
          data.length <= DATA_SIZE_LIMIT,
          "data must be equal of smaller than " + DATA_SIZE_LIMIT + " bytes."
        );
      }
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.SetDataRequest(), request;
      header.type = jute.OP_CODES.SET_DATA;
      payload.path = path;
      payload.data = Buffer.alloc(data.length);
      data.copy(payload.data);
      payload.version = version;
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error) {
              next(error);
              return;
            }
            next(null, response.payload.stat);
          });
        },
        callback
      );
    };
    Client.prototype.getData = function(path, watcher, callback) {
      if (!callback) {
        callback = watcher;
        watcher = void 0;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.GetDataRequest(), request;
      header.type = jute.OP_CODES.GET_DATA;
      payload.path = path;
      payload.watch = typeof watcher === "function";
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error) {
              next(error);
              return;
            }
            if (watcher) {
              self2.connectionManager.registerDataWatcher(path, watcher);
            }
            next(null, response.payload.data, response.payload.stat);
          });
        },
        callback
      );
    };
    Client.prototype.setACL = function(path, acls, version, callback) {
      if (!callback) {
        callback = version;
        version = -1;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      assert(
        Array.isArray(acls) && acls.length > 0,
        "acls must be a non-empty array."
      );
      assert(typeof version === "number", "version must be a number.");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.SetACLRequest(), request;
      header.type = jute.OP_CODES.SET_ACL;
      payload.path = path;
      payload.acl = acls.map(function(item) {
        return item.toRecord();
      });
      payload.version = version;
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error) {
              next(error);
              return;
            }
            next(null, response.payload.stat);
          });
        },
        callback
      );
    };
    Client.prototype.getACL = function(path, callback) {
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.GetACLRequest(), request;
      header.type = jute.OP_CODES.GET_ACL;
      payload.path = path;
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error) {
              next(error);
              return;
            }
            var acls;
            if (Array.isArray(response.payload.acl)) {
              acls = response.payload.acl.map(function(item) {
                return ACL.fromRecord(item);
              });
            }
            next(null, acls, response.payload.stat);
          });
        },
        callback
      );
    };
    Client.prototype.exists = function(path, watcher, callback) {
      if (!callback) {
        callback = watcher;
        watcher = void 0;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.ExistsRequest(), request;
      header.type = jute.OP_CODES.EXISTS;
      payload.path = path;
      payload.watch = typeof watcher === "function";
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error && error.getCode() !== Exception.NO_NODE) {
              next(error);
              return;
            }
            var existence = response.header.err === Exception.OK;
            if (watcher) {
              if (existence) {
                self2.connectionManager.registerDataWatcher(
                  path,
                  watcher
                );
              } else {
                self2.connectionManager.registerExistenceWatcher(
                  path,
                  watcher
                );
              }
            }
            next(
              null,
              existence ? response.payload.stat : null
            );
          });
        },
        callback
      );
    };
    Client.prototype.getChildren = function(path, watcher, callback) {
      if (!callback) {
        callback = watcher;
        watcher = void 0;
      }
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      var self2 = this, header = new jute.protocol.RequestHeader(), payload = new jute.protocol.GetChildren2Request(), request;
      header.type = jute.OP_CODES.GET_CHILDREN2;
      payload.path = path;
      payload.watch = typeof watcher === "function";
      request = new jute.Request(header, payload);
      attempt(
        self2,
        function(attempts, next) {
          self2.connectionManager.queue(request, function(error, response) {
            if (error) {
              next(error);
              return;
            }
            if (watcher) {
              self2.connectionManager.registerChildWatcher(path, watcher);
            }
            next(null, response.payload.children, response.payload.stat);
          });
        },
        callback
      );
    };
    Client.prototype.listSubTreeBFS = function(path, callback) {
      Path.validate(path);
      assert(typeof callback === "function", "callback must be a function.");
      var self2 = this;
      var tree = [path];
      async.reduce(tree, tree, function(memo, item, next) {
        self2.getChildren(item, function(error, children) {
          if (error) {
            next(error);
            return;
          }
          if (!children || !Array.isArray(children) || !children.length) {
            next(null, tree);
            return;
          }
          children.forEach(function(child) {
            var childPath = item + "/" + child;
            if (item === "/") {
              childPath = item + child;
            }
            tree.push(childPath);
          });
          next(null, tree);
        });
      }, callback);
    };
    Client.prototype.mkdirp = function(path, data, acls, mode, callback) {
      var optionalArgs = [data, acls, mode, callback], self2 = this, currentPath = "", nodes;
      Path.validate(path);
      data = acls = mode = callback = void 0;
      optionalArgs.forEach(function(arg, index) {
        if (Array.isArray(arg)) {
          acls = arg;
        } else if (typeof arg === "number") {
          mode = arg;
        } else if (Buffer.isBuffer(arg)) {
          data = arg;
        } else if (typeof arg === "function") {
          callback = arg;
        }
      });
      assert(
        typeof callback === "function",
        "callback must be a function."
      );
      acls = Array.isArray(acls) ? acls : ACL.OPEN_ACL_UNSAFE;
      mode = typeof mode === "number" ? mode : CreateMode.PERSISTENT;
      assert(
        data === null || data === void 0 || Buffer.isBuffer(data),
        "data must be a valid buffer, null or undefined."
      );
      if (Buffer.isBuffer(data)) {
        assert(
          data.length <= DATA_SIZE_LIMIT,
          "data must be equal of smaller than " + DATA_SIZE_LIMIT + " bytes."
        );
      }
      assert(acls.length > 0, "acls must be a non-empty array.");
      nodes = path.split("/").slice(1);
      async.eachSeries(nodes, function(node, next) {
        currentPath = currentPath + "/" + node;
        self2.create(currentPath, data, acls, mode, function(error) {
          if (error && error.getCode() === Exception.NODE_EXISTS) {
            next(null);
            return;
          }
          next(error);
        });
      }, function(error) {
        callback(error, currentPath);
      });
    };
    Client.prototype.transaction = function() {
      return new Transaction(this.connectionManager);
    };
    function createClient(connectionString, options) {
      return new Client(connectionString, options);
    }
    exports.createClient = createClient;
    exports.ACL = ACL;
    exports.Id = Id;
    exports.Permission = Permission;
    exports.CreateMode = CreateMode;
    exports.State = State;
    exports.Event = Event;
    exports.Exception = Exception;
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
  return new Promise((resolve5, reject2) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done)
        return;
      done = true;
      reject2(new ZkError(ErrorCode.ZK_TIMEOUT, `${op} ${path}: no answer from ZooKeeper within ${timeoutMs} ms`, { path }));
    }, timeoutMs);
    const settle2 = (err, value) => {
      if (done)
        return;
      done = true;
      clearTimeout(timer);
      if (err)
        reject2(err);
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
  return new Promise((resolve5, reject2) => {
    if (signal?.aborted)
      return reject2(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject2(signal?.reason);
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
  exception.create = function create2(code, path) {
    if (typeof code !== "number" || known.has(code))
      return original(code, path);
    const err = Object.create(exception.prototype);
    Error.captureStackTrace(err, create2);
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
function digestId(credentials) {
  const user = credentials.slice(0, credentials.indexOf(":"));
  const hash = createHash("sha1").update(credentials).digest("base64");
  return `${user}:${hash}`;
}
function toLibraryAcls(acl) {
  return (acl ?? OPEN_ACL).map((a) => new import_node_zookeeper_client.default.ACL(a.perms, new import_node_zookeeper_client.default.Id(a.scheme, a.id)));
}
var import_node_zookeeper_client, Perm, OPEN_ACL;
var init_zk_acl = __esm({
  "shared/dist/zk/zk-acl.js"() {
    "use strict";
    import_node_zookeeper_client = __toESM(require_node_zookeeper_client(), 1);
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
var import_node_zookeeper_client2, MODES, EVENT_TYPES, ZkClient;
var init_zk_client = __esm({
  "shared/dist/zk/zk-client.js"() {
    "use strict";
    import_node_zookeeper_client2 = __toESM(require_node_zookeeper_client(), 1);
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
      persistent: import_node_zookeeper_client2.default.CreateMode.PERSISTENT,
      ephemeral: import_node_zookeeper_client2.default.CreateMode.EPHEMERAL,
      persistent_sequential: import_node_zookeeper_client2.default.CreateMode.PERSISTENT_SEQUENTIAL,
      ephemeral_sequential: import_node_zookeeper_client2.default.CreateMode.EPHEMERAL_SEQUENTIAL
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
        const connected = new Promise((resolve5, reject2) => {
          const timer = setTimeout(() => {
            off();
            reject2(new ZkError(ErrorCode.ZK_UNREACHABLE, `could not connect to ZooKeeper at ${this.options.connectString} within ${timeoutMs} ms`, { hint: "check --zk (ZKDEPLOY_ZK) and that the ensemble is running" }));
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
        return new Promise((resolve5, reject2) => {
          const timer = setTimeout(() => {
            off();
            reject2(new ZkError(ErrorCode.ZK_DISCONNECTED, `not connected to ZooKeeper within ${timeoutMs} ms`));
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
          const cb2 = (err, stat2) => settle2(err, stat2 ? toZkStat(stat2) : null);
          if (options.watch)
            lib.exists(path, this.watcher(lib, options.watch), cb2);
          else
            lib.exists(path, cb2);
        });
      }
      /** The node's data and stat, or null when it does not exist. */
      async get(path, options = {}) {
        try {
          return await this.call("get", path, options.timeoutMs, (lib, settle2) => {
            const cb2 = (err, data, stat2) => settle2(err, err ? void 0 : { data: data ?? Buffer.alloc(0), stat: toZkStat(stat2) });
            if (options.watch)
              lib.getData(path, this.watcher(lib, options.watch), cb2);
            else
              lib.getData(path, cb2);
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
            const cb2 = (err, children) => settle2(err, children);
            if (options.watch)
              lib.getChildren(path, this.watcher(lib, options.watch), cb2);
            else
              lib.getChildren(path, cb2);
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
        const lib = import_node_zookeeper_client2.default.createClient(this.options.connectString, {
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
          const result2 = await this.client.get(this.path, { watch: this.onEvent });
          if (result2)
            return result2;
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
  return new Promise((resolve5, reject2) => {
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
      reject2(new GitError(`git ${args[0] ?? ""} ${aborted ? "was aborted" : `could not run: ${e.message}`}`, args, null, ""));
    });
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code === 0 || code !== null && options.okCodes?.includes(code))
        return resolve5({ stdout, stderr, code });
      const timedOut = signal === "SIGKILL" && code === null;
      const why = timedOut ? `timed out after ${timeoutMs} ms` : `failed (exit ${code ?? signal})`;
      reject2(new GitError(`git ${args[0] ?? ""} ${why}: ${tail(stderr, 2, 300) || "no output"}`, args, code, stderr, timedOut));
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

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function getValueString(value) {
      if (Number.isNaN(value)) {
        return "Nan";
      } else if (!Number.isFinite(value)) {
        if (value < 0) {
          return "-Inf";
        } else {
          return "+Inf";
        }
      } else {
        return `${value}`;
      }
    };
    exports.removeLabels = function removeLabels(hashMap, labels, sortedLabelNames) {
      const hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function setValue(hashMap, value, labels) {
      const hash = hashObject(labels);
      hashMap[hash] = {
        value: typeof value === "number" ? value : 0,
        labels: labels || {}
      };
      return hashMap;
    };
    exports.setValueDelta = function setValueDelta(hashMap, deltaValue, labels, hash = "") {
      const value = typeof deltaValue === "number" ? deltaValue : 0;
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    };
    exports.getLabels = function(labelNames, args) {
      if (typeof args[0] === "object") {
        return args[0];
      }
      if (labelNames.length !== args.length) {
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames.length}): "${labelNames.join(", ")}".`
        );
      }
      const acc = {};
      for (let i = 0; i < labelNames.length; i++) {
        acc[labelNames[i]] = args[i];
      }
      return acc;
    };
    function fastHashObject(keys2, labels) {
      if (keys2.length === 0) {
        return "";
      }
      let hash = "";
      for (let i = 0; i < keys2.length; i++) {
        const key = keys2[i];
        const value = labels[key];
        if (value === void 0) continue;
        hash += `${key}:${value},`;
      }
      return hash;
    }
    function hashObject(labels, labelNames) {
      if (labelNames) {
        return fastHashObject(labelNames, labels);
      }
      const keys2 = Object.keys(labels);
      if (keys2.length > 1) {
        keys2.sort();
      }
      return fastHashObject(keys2, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function isObject2(obj) {
      return obj !== null && typeof obj === "object";
    };
    exports.nowTimestamp = function nowTimestamp() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        if (this.has(key)) {
          this.get(key).push(value);
        } else {
          this.set(key, [value]);
        }
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util();
    var Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        this._metrics = {};
        this._collectors = [];
        this._defaultLabels = {};
        if (regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE) {
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        }
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        const metric = typeof metrics.getForPromString === "function" ? await metrics.getForPromString() : await metrics.get();
        const name = escapeString(metric.name);
        const help = `# HELP ${name} ${escapeString(metric.help)}`;
        const type = `# TYPE ${name} ${metric.type}`;
        const values2 = [help, type];
        const defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null;
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (const val of metric.values || []) {
          let { metricName = name, labels = {} } = val;
          const { sharedLabels = {} } = val;
          if (isOpenMetrics && metric.type === "counter") {
            metricName = `${metricName}_total`;
          }
          if (defaultLabels) {
            labels = { ...labels, ...defaultLabels, ...labels };
          }
          const formattedLabels = formatLabels(labels, sharedLabels);
          const flattenedShared = flattenSharedLabels(sharedLabels);
          const labelParts = [...formattedLabels, flattenedShared].filter(Boolean);
          const labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "";
          let fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`;
          const { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            const formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values2.push(fullMetricLine);
        }
        return values2.join("\n");
      }
      async metrics() {
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        const promises = this.getMetricsAsArray().map((metric) => {
          if (isOpenMetrics && metric.type === "counter") {
            metric.name = standardizeCounterName(metric.name);
          }
          return this.getMetricsAsString(metric);
        });
        const resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join("\n")}
# EOF
` : `${resolves.join("\n\n")}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) {
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        }
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {};
        this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        const metrics = [];
        const defaultLabelNames = Object.keys(this._defaultLabels);
        const promises = [];
        for (const metric of this.getMetricsAsArray()) {
          promises.push(metric.get());
        }
        const resolves = await Promise.all(promises);
        for (const item of resolves) {
          if (item.values && defaultLabelNames.length > 0) {
            for (const val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (const labelName of defaultLabelNames) {
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
              }
            }
          }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name) {
        delete this._metrics[name];
      }
      getSingleMetricAsString(name) {
        return this.getMetricsAsString(this._metrics[name]);
      }
      getSingleMetric(name) {
        return this._metrics[name];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (const metric in this._metrics) {
          this._metrics[metric].reset();
        }
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE) {
          this._contentType = metricsContentType;
        } else {
          throw new Error(`Content type ${metricsContentType} is unsupported`);
        }
      }
      static merge(registers) {
        const regType = registers[0].contentType;
        for (const reg of registers) {
          if (reg.contentType !== regType) {
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
          }
        }
        const mergedRegistry = new _Registry(regType);
        const metricsToMerge = registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        );
        metricsToMerge.forEach(mergedRegistry.registerMetric, mergedRegistry);
        return mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      const { hasOwnProperty: hasOwnProperty2 } = Object.prototype;
      const formatted = [];
      for (const [name, value] of Object.entries(labels)) {
        if (!exclude || !hasOwnProperty2.call(exclude, name)) {
          formatted.push(`${name}="${escapeLabelValue(value)}"`);
        }
      }
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      const cached = sharedLabelCache.get(labels);
      if (cached) {
        return cached;
      }
      const formattedLabels = formatLabels(labels);
      const flattened = formattedLabels.join(",");
      sharedLabelCache.set(labels, flattened);
      return flattened;
    }
    function escapeLabelValue(str) {
      if (typeof str !== "string") {
        return str;
      }
      return escapeString(str).replace(/"/g, '\\"');
    }
    function escapeString(str) {
      return str.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name) {
      return name.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util");
    var metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
    var labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name) {
      return metricRegexp.test(name);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name) => labelRegexp.test(name));
    };
    exports.validateLabel = function validateLabel(savedLabels, labels) {
      for (const label in labels) {
        if (!savedLabels.includes(label)) {
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
        }
      }
    };
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { isObject: isObject2 } = require_util();
    var { validateMetricName, validateLabelName } = require_validation();
    var Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject2(config)) {
          throw new TypeError("constructor expected a config object");
        }
        Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: false
          },
          defaults,
          config
        );
        if (!this.registers) {
          this.registers = [Registry2.globalRegistry];
        }
        if (!this.help) {
          throw new Error("Missing mandatory help parameter");
        }
        if (!this.name) {
          throw new Error("Missing mandatory name parameter");
        }
        if (!validateMetricName(this.name)) {
          throw new Error("Invalid metric name");
        }
        if (!validateLabelName(this.labelNames)) {
          throw new Error("Invalid label name");
        }
        if (this.collect && typeof this.collect !== "function") {
          throw new Error('Optional "collect" parameter must be a function');
        }
        if (this.labelNames) {
          this.sortedLabelNames = [...this.labelNames].sort();
        } else {
          this.sortedLabelNames = [];
        }
        this.reset();
        for (const register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE) {
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          }
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet;
        this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (const [labelName, labelValue] of Object.entries(labelSet)) {
          res += `${labelName}${labelValue}`;
        }
        if (res.length > 128) {
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
        }
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      hashObject,
      isObject: isObject2,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Counter2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "counter";
        this.defaultLabels = {};
        this.defaultValue = 1;
        this.defaultExemplarLabelSet = {};
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.inc = this.incWithExemplar;
        } else {
          this.inc = this.incWithoutExemplar;
        }
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject2(labels)) {
          hash = hashObject(labels, this.sortedLabelNames);
          validateLabel(this.labelNames, labels);
        } else {
          value = labels;
          labels = {};
        }
        if (value && !Number.isFinite(value)) {
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        }
        if (value < 0) {
          throw new Error("It is not possible to decrease a counter");
        }
        if (value === null || value === void 0) value = 1;
        setValue(this.hashMap, value, labels, hash);
        return { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        const res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        if (exemplarLabels === this.defaultExemplarLabelSet) return;
        if (!isObject2(this.hashMap[hash].exemplar)) {
          this.hashMap[hash].exemplar = new Exemplar();
        }
        this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels);
        this.hashMap[hash].exemplar.labelSet = exemplarLabels;
        this.hashMap[hash].exemplar.value = value ? value : 1;
        this.hashMap[hash].exemplar.timestamp = nowTimestamp();
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0);
        }
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        validateLabel(this.labelNames, labels);
        return removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject: isObject2,
      removeLabels
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Gauge2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0, {});
        }
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        const now = Date.now() / 1e3;
        if (labels === void 0) {
          this.set(now);
        } else {
          this.set(labels, now);
        }
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.set(Object.assign({}, labels, endLabels), value);
          return value;
        };
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        const hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value !== "number") {
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      }
      validateLabel(gauge.labelNames, labels);
      setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta) {
      if (typeof delta !== "number") {
        throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
      }
      validateLabel(gauge.labelNames, labels);
      const hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject2(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject2(labels) ? value : labels;
    }
    module.exports = Gauge2;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      getLabels,
      hashObject,
      isObject: isObject2,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Histogram2 = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        });
        this.type = "histogram";
        this.defaultLabels = {};
        this.defaultExemplarLabelSet = {};
        this.enableExemplars = false;
        for (const label of this.labelNames) {
          if (label === "le") {
            throw new Error("le is a reserved label keyword");
          }
        }
        this.upperBounds = this.buckets;
        this.bucketValues = this.upperBounds.reduce((acc, upperBound) => {
          acc[upperBound] = 0;
          return acc;
        }, {});
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => {
            acc[upperBound] = null;
            return acc;
          }, {});
          Object.freeze(this.bucketExemplars);
          this.observe = this.observeWithExemplar;
        } else {
          this.observe = this.observeWithoutExemplar;
        }
        Object.freeze(this.bucketValues);
        Object.freeze(this.upperBounds);
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: createBaseValues(
              {},
              this.bucketValues,
              this.bucketExemplars
            )
          };
        }
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
        this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        const hash = hashObject(labels, this.sortedLabelNames);
        const bound = findBound(this.upperBounds, value);
        const { bucketExemplars } = this.hashMap[hash];
        let exemplar = bucketExemplars[bound];
        if (!isObject2(exemplar)) {
          exemplar = new Exemplar();
          bucketExemplars[bound] = exemplar;
        }
        exemplar.validateExemplarLabelSet(exemplarLabels);
        exemplar.labelSet = exemplarLabels;
        exemplar.value = value;
        exemplar.timestamp = nowTimestamp();
      }
      async get() {
        const data = await this.getForPromString();
        data.values = data.values.map(splayLabels);
        return data;
      }
      async getForPromString() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const data = Object.values(this.hashMap);
        const values2 = data.map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values: values2,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        const hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          });
          return value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        const bound = upperBounds[i];
        if (value <= bound) {
          return bound;
        }
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labelValuePair.labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let valueFromMap = this.hashMap[hash];
        if (!valueFromMap) {
          valueFromMap = createBaseValues(
            labelValuePair.labels,
            this.bucketValues,
            this.bucketExemplars
          );
        }
        const b = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value;
        valueFromMap.count += 1;
        if (Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b)) {
          valueFromMap.bucketValues[b] += 1;
        }
        this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      const result2 = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      if (bucketExemplars) {
        result2.bucketExemplars = { ...bucketExemplars };
      }
      return result2;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject2(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      const name = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        const buckets = histogram.upperBounds.map((upperBound) => {
          acc += bucketData.bucketValues[upperBound];
          return setValuePair(
            { le: upperBound },
            acc,
            name,
            bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
            bucketData.labels
          );
        });
        return { buckets, data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d) => {
        acc.push(...d.buckets);
        const infLabel = { le: "+Inf" };
        acc.push(
          setValuePair(
            infLabel,
            d.data.count,
            `${histogram.name}_bucket`,
            d.data.bucketExemplars ? d.data.bucketExemplars["-1"] : null,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.count,
            `${histogram.name}_count`,
            void 0,
            d.data.labels
          )
        );
        return acc;
      };
    }
    function splayLabels(bucket) {
      const { sharedLabels, labels, ...newBucket } = bucket;
      for (const label of Object.keys(sharedLabels)) {
        labels[label] = sharedLabels[label];
      }
      newBucket.labels = labels;
      return newBucket;
    }
    module.exports = Histogram2;
  }
});

// node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null;
      this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      var res = this._root;
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          return res.data;
        } else {
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      var res = this._root;
      var iter = this.iterator();
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          iter._cursor = res;
          return iter;
        } else {
          iter._ancestors.push(res);
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      var cur = this._root;
      var iter = this.iterator();
      var cmp = this._comparator;
      while (cur !== null) {
        var c = cmp(item, cur.data);
        if (c === 0) {
          iter._cursor = cur;
          return iter;
        }
        iter._ancestors.push(cur);
        cur = cur.get_child(c > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i) {
        cur = iter._ancestors[i];
        if (cmp(item, cur.data) < 0) {
          iter._cursor = cur;
          iter._ancestors.length = i;
          return iter;
        }
      }
      iter._ancestors.length = 0;
      return iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      var iter = this.lowerBound(item);
      var cmp = this._comparator;
      while (iter.data() !== null && cmp(iter.data(), item) === 0) {
        iter.next();
      }
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.left !== null) {
        res = res.left;
      }
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.right !== null) {
        res = res.right;
      }
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb2) {
      var it = this.iterator(), data;
      while ((data = it.next()) !== null) {
        if (cb2(data) === false) {
          return;
        }
      }
    };
    TreeBase.prototype.reach = function(cb2) {
      var it = this.iterator(), data;
      while ((data = it.prev()) !== null) {
        if (cb2(data) === false) {
          return;
        }
      }
    };
    function Iterator(tree) {
      this._tree = tree;
      this._ancestors = [];
      this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root2 = this._tree._root;
        if (root2 !== null) {
          this._minNode(root2);
        }
      } else {
        if (this._cursor.right === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.right === save);
        } else {
          this._ancestors.push(this._cursor);
          this._minNode(this._cursor.right);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root2 = this._tree._root;
        if (root2 !== null) {
          this._maxNode(root2);
        }
      } else {
        if (this._cursor.left === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.left === save);
        } else {
          this._ancestors.push(this._cursor);
          this._maxNode(this._cursor.left);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start) {
      while (start.left !== null) {
        this._ancestors.push(start);
        start = start.left;
      }
      this._cursor = start;
    };
    Iterator.prototype._maxNode = function(start) {
      while (start.right !== null) {
        this._ancestors.push(start);
        start = start.right;
      }
      this._cursor = start;
    };
    module.exports = TreeBase;
  }
});

// node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
      this.red = true;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function RBTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = false;
      if (this._root === null) {
        this._root = new Node(data);
        ret2 = true;
        this.size++;
      } else {
        var head = new Node(void 0);
        var dir = 0;
        var last2 = 0;
        var gp = null;
        var ggp = head;
        var p = null;
        var node = this._root;
        ggp.right = this._root;
        while (true) {
          if (node === null) {
            node = new Node(data);
            p.set_child(dir, node);
            ret2 = true;
            this.size++;
          } else if (is_red(node.left) && is_red(node.right)) {
            node.red = true;
            node.left.red = false;
            node.right.red = false;
          }
          if (is_red(node) && is_red(p)) {
            var dir2 = ggp.right === gp;
            if (node === p.get_child(last2)) {
              ggp.set_child(dir2, single_rotate(gp, !last2));
            } else {
              ggp.set_child(dir2, double_rotate(gp, !last2));
            }
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0) {
            break;
          }
          last2 = dir;
          dir = cmp < 0;
          if (gp !== null) {
            ggp = gp;
          }
          gp = p;
          p = node;
          node = node.get_child(dir);
        }
        this._root = head.right;
      }
      this._root.red = false;
      return ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var gp = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        var last2 = dir;
        gp = p;
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
        if (!is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p.set_child(last2, sr);
            p = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p.get_child(!last2);
            if (sibling !== null) {
              if (!is_red(sibling.get_child(!last2)) && !is_red(sibling.get_child(last2))) {
                p.red = false;
                sibling.red = true;
                node.red = true;
              } else {
                var dir2 = gp.right === p;
                if (is_red(sibling.get_child(last2))) {
                  gp.set_child(dir2, double_rotate(p, last2));
                } else if (is_red(sibling.get_child(!last2))) {
                  gp.set_child(dir2, single_rotate(p, last2));
                }
                var gpc = gp.get_child(dir2);
                gpc.red = true;
                node.red = true;
                gpc.left.red = false;
                gpc.right.red = false;
              }
            }
          }
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this.size--;
      }
      this._root = head.right;
      if (this._root !== null) {
        this._root.red = false;
      }
      return found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root2, dir) {
      var save = root2.get_child(!dir);
      root2.set_child(!dir, save.get_child(dir));
      save.set_child(dir, root2);
      root2.red = true;
      save.red = false;
      return save;
    }
    function double_rotate(root2, dir) {
      root2.set_child(!dir, single_rotate(root2.get_child(!dir), !dir));
      return single_rotate(root2, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function BinTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null) {
        this._root = new Node(data);
        this.size++;
        return true;
      }
      var dir = 0;
      var p = null;
      var node = this._root;
      while (true) {
        if (node === null) {
          node = new Node(data);
          p.set_child(dir, node);
          ret = true;
          this.size++;
          return true;
        }
        if (this._comparator(node.data, data) === 0) {
          return false;
        }
        dir = this._comparator(node.data, data) < 0;
        p = node;
        node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this._root = head.right;
        this.size--;
        return true;
      } else {
        return false;
      }
    };
    module.exports = BinTree;
  }
});

// node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/.pnpm/bintrees@1.0.2/node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/.pnpm/tdigest@0.1.3/node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/.pnpm/tdigest@0.1.3/node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta, K, CX) {
      this.discrete = delta === false;
      this.delta = delta || 0.01;
      this.K = K === void 0 ? 25 : K;
      this.CX = CX === void 0 ? 1.1 : CX;
      this.centroids = new RBTree(compare_centroid_means);
      this.nreset = 0;
      this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear();
      this.n = 0;
      this.nreset += 1;
      this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result2 = [];
      if (everything) {
        this._cumulate(true);
        this.centroids.each(function(c) {
          result2.push(c);
        });
      } else {
        this.centroids.each(function(c) {
          result2.push({ mean: c.mean, n: c.n });
        });
      }
      return result2;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ";
      var s = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s.join("\n");
    };
    function compare_centroid_means(a, b) {
      return a.mean > b.mean ? 1 : a.mean < b.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a, b) {
      return a.mean_cumn - b.mean_cumn;
    }
    TDigest.prototype.push = function(x, n) {
      n = n || 1;
      x = Array.isArray(x) ? x : [x];
      for (var i = 0; i < x.length; i++) {
        this._digest(x[i], n);
      }
    };
    TDigest.prototype.push_centroid = function(c) {
      c = Array.isArray(c) ? c : [c];
      for (var i = 0; i < c.length; i++) {
        this._digest(c[i].mean, c[i].n);
      }
    };
    TDigest.prototype._cumulate = function(exact) {
      if (this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate) {
        return;
      }
      var cumn = 0;
      this.centroids.each(function(c) {
        c.mean_cumn = cumn + c.n / 2;
        cumn = c.cumn = cumn + c.n;
      });
      this.n = this.last_cumulate = cumn;
    };
    TDigest.prototype.find_nearest = function(x) {
      if (this.size() === 0) {
        return null;
      }
      var iter = this.centroids.lowerBound({ mean: x });
      var c = iter.data() === null ? iter.prev() : iter.data();
      if (c.mean === x || this.discrete) {
        return c;
      }
      var prev = iter.prev();
      if (prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x)) {
        return prev;
      } else {
        return c;
      }
    };
    TDigest.prototype._new_centroid = function(x, n, cumn) {
      var c = { mean: x, n, cumn };
      this.centroids.insert(c);
      this.n += n;
      return c;
    };
    TDigest.prototype._addweight = function(nearest, x, n) {
      if (x !== nearest.mean) {
        nearest.mean += n * (x - nearest.mean) / (nearest.n + n);
      }
      nearest.cumn += n;
      nearest.mean_cumn += n / 2;
      nearest.n += n;
      this.n += n;
    };
    TDigest.prototype._digest = function(x, n) {
      var min2 = this.centroids.min();
      var max2 = this.centroids.max();
      var nearest = this.find_nearest(x);
      if (nearest && nearest.mean === x) {
        this._addweight(nearest, x, n);
      } else if (nearest === min2) {
        this._new_centroid(x, n, 0);
      } else if (nearest === max2) {
        this._new_centroid(x, n, this.n);
      } else if (this.discrete) {
        this._new_centroid(x, n, nearest.cumn);
      } else {
        var p = nearest.mean_cumn / this.n;
        var max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        if (max_n - nearest.n >= n) {
          this._addweight(nearest, x, n);
        } else {
          this._new_centroid(x, n, nearest.cumn);
        }
      }
      this._cumulate(false);
      if (!this.discrete && this.K && this.size() > this.K / this.delta) {
        this.compress();
      }
    };
    TDigest.prototype.bound_mean = function(x) {
      var iter = this.centroids.upperBound({ mean: x });
      var lower = iter.prev();
      var upper = lower.mean === x ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist];
      var ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x) {
      if (this.size() === 0) {
        return void 0;
      } else if (x < this.centroids.min().mean) {
        return 0;
      } else if (x > this.centroids.max().mean) {
        return 1;
      }
      this._cumulate(true);
      var bound = this.bound_mean(x);
      var lower = bound[0], upper = bound[1];
      if (this.discrete) {
        return lower.cumn / this.n;
      } else {
        var cumn = lower.mean_cumn;
        if (lower !== upper) {
          cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean);
        }
        return cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev();
      var upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist];
      var qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p) {
      if (this.size() === 0) {
        return void 0;
      }
      this._cumulate(true);
      var h = this.n * p;
      var bound = this.bound_mean_cumn(h);
      var lower = bound[0], upper = bound[1];
      if (upper === lower || lower === null || upper === null) {
        return (lower || upper).mean;
      } else if (!this.discrete) {
        return lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      } else if (h <= lower.cumn) {
        return lower.mean;
      } else {
        return upper.mean;
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (this.compressing) {
        return;
      }
      var points = this.toArray();
      this.reset();
      this.compressing = true;
      while (points.length > 0) {
        this.push_centroid(pop_random(points));
      }
      this._cumulate(true);
      this.compressing = false;
    };
    function Digest(config) {
      this.config = config || {};
      this.mode = this.config.mode || "auto";
      TDigest.call(this, this.mode === "cont" ? config.delta : false);
      this.digest_ratio = this.config.ratio || 0.9;
      this.digest_thresh = this.config.thresh || 1e3;
      this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist);
      this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x, n, cumn) {
      this.n_unique += 1;
      TDigest.prototype._new_centroid.call(this, x, n, cumn);
    };
    Digest.prototype._addweight = function(nearest, x, n) {
      if (nearest.n === 1) {
        this.n_unique -= 1;
      }
      TDigest.prototype._addweight.call(this, nearest, x, n);
    };
    Digest.prototype.check_continuous = function() {
      if (this.mode !== "auto" || this.size() < this.digest_thresh) {
        return false;
      }
      if (this.n_unique / this.size() > this.digest_ratio) {
        this.mode = "cont";
        this.discrete = false;
        this.delta = this.config.delta || 0.01;
        this.compress();
        return true;
      }
      return false;
    };
    module.exports = {
      "TDigest": TDigest,
      "Digest": Digest
    };
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest();
    var TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0;
        this.ageBuckets = ageBuckets || 0;
        this.shouldRotate = maxAgeSeconds && ageBuckets;
        this.ringBuffer = Array(ageBuckets).fill(new TDigest());
        this.currentBuffer = 0;
        this.lastRotateTimestampMillis = Date.now();
        this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || Infinity;
      }
      size() {
        const bucket = rotate.call(this);
        return bucket.size();
      }
      percentile(quantile) {
        const bucket = rotate.call(this);
        return bucket.percentile(quantile);
      }
      push(value) {
        rotate.call(this);
        this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      while (timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate) {
        this.ringBuffer[this.currentBuffer] = new TDigest();
        if (++this.currentBuffer >= this.ringBuffer.length) {
          this.currentBuffer = 0;
        }
        timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis;
        this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      }
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var { getLabels, hashObject, removeLabels } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var timeWindowQuantiles = require_timeWindowQuantiles();
    var DEFAULT_COMPRESS_COUNT = 1e3;
    var Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        });
        this.type = "summary";
        for (const label of this.labelNames) {
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        }
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: {
              labels: {},
              td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
              count: 0,
              sum: 0
            }
          };
        }
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const hashKeys = Object.keys(this.hashMap);
        const values2 = [];
        hashKeys.forEach((hashKey) => {
          const s = this.hashMap[hashKey];
          if (s) {
            if (this.pruneAgedBuckets && s.td.size() === 0) {
              delete this.hashMap[hashKey];
            } else {
              extractSummariesForExport(s, this.percentiles).forEach((v) => {
                values2.push(v);
              });
              values2.push(getSumForExport(s, this));
              values2.push(getCountForExport(s, this));
            }
          }
        });
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values: values2,
          aggregator: this.aggregator
        };
      }
      reset() {
        const data = Object.values(this.hashMap);
        data.forEach((s) => {
          s.td.reset();
          s.count = 0;
          s.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      summaryOfLabels.td.compress();
      return percentiles.map((percentile) => {
        const percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue ? percentileValue : 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let summaryOfLabel = this.hashMap[hash];
        if (!summaryOfLabel) {
          summaryOfLabel = {
            labels: labelValuePair.labels,
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          };
        }
        summaryOfLabel.td.push(labelValuePair.value);
        summaryOfLabel.count++;
        if (summaryOfLabel.count % this.compressCount === 0) {
          summaryOfLabel.td.compress();
        }
        summaryOfLabel.sum += labelValuePair.value;
        this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      if (value === void 0) {
        return {
          value: labels,
          labels: {}
        };
      }
      return {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url");
    var http = __require("http");
    var https = __require("https");
    var { gzipSync } = __require("zlib");
    var { globalRegistry } = require_registry();
    var Pushgateway = class {
      constructor(gatewayUrl, options, registry) {
        if (!registry) {
          registry = globalRegistry;
        }
        this.registry = registry;
        this.gatewayUrl = gatewayUrl;
        const { requireJobName, ...requestOptions } = {
          requireJobName: true,
          ...options
        };
        this.requireJobName = requireJobName;
        this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      const gatewayUrlParsed = url.parse(this.gatewayUrl);
      const gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "";
      const jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "";
      const path = `${gatewayUrlPath}/metrics${jobPath}`;
      const target = url.resolve(this.gatewayUrl, path);
      const requestParams = url.parse(target);
      const httpModule = isHttps(requestParams.href) ? https : http;
      const options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve5, reject2) => {
        if (method === "DELETE" && options.headers) {
          delete options.headers["Content-Encoding"];
        }
        const req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8");
          resp.on("data", (chunk2) => {
            body += chunk2;
          });
          resp.on("end", () => {
            if (resp.statusCode >= 400) {
              reject2(
                new Error(`push failed with status ${resp.statusCode}, ${body}`)
              );
            } else {
              resolve5({ resp, body });
            }
          });
        });
        req.on("error", (err) => {
          reject2(err);
        });
        req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        });
        if (method !== "DELETE") {
          this.registry.metrics().then((metrics) => {
            if (options.headers && options.headers["Content-Encoding"] === "gzip") {
              metrics = gzipSync(metrics);
            }
            req.write(metrics);
            req.end();
          }).catch((err) => {
            reject2(err);
          });
        } else {
          req.end();
        }
      });
    }
    function generateGroupings(groupings) {
      if (!groupings) {
        return "";
      }
      return Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("");
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start, width, count) => {
      if (count < 1) {
        throw new Error("Linear buckets needs a positive count");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start + i * width;
      }
      return buckets;
    };
    exports.exponentialBuckets = (start, factor, count) => {
      if (start <= 0) {
        throw new Error("Exponential buckets needs a positive start");
      }
      if (count < 1) {
        throw new Error("Exponential buckets needs a positive count");
      }
      if (factor <= 1) {
        throw new Error("Exponential buckets needs a factor greater than 1");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start;
        start *= factor;
      }
      return buckets;
    };
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      DiagLogLevel2[DiagLogLevel2["NONE"] = 0] = "NONE";
      DiagLogLevel2[DiagLogLevel2["ERROR"] = 30] = "ERROR";
      DiagLogLevel2[DiagLogLevel2["WARN"] = 50] = "WARN";
      DiagLogLevel2[DiagLogLevel2["INFO"] = 60] = "INFO";
      DiagLogLevel2[DiagLogLevel2["DEBUG"] = 70] = "DEBUG";
      DiagLogLevel2[DiagLogLevel2["VERBOSE"] = 80] = "VERBOSE";
      DiagLogLevel2[DiagLogLevel2["ALL"] = 9999] = "ALL";
      return DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION2 = "1.10.0";
    exports.VERSION = VERSION2;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version();
    var re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
      const rejectedVersions = /* @__PURE__ */ new Set();
      const myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => false;
      const ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v) {
        rejectedVersions.add(v);
        return false;
      }
      function _accept(v) {
        acceptedVersions.add(v);
        return true;
      }
      return function isCompatible2(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return true;
        if (rejectedVersions.has(globalVersion)) return false;
        const globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        const globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
        if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
        if (ownVersionParsed.major === 0) {
          if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
          return _reject(globalVersion);
        }
        if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
        return _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version();
    var require_semver2 = require_semver();
    var major = require_version3.VERSION.split(".")[0];
    var GLOBAL_OPENTELEMETRY_API_KEY = Symbol.for(`opentelemetry.js.api.${major}`);
    var _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: true,
        writable: false,
        configurable: false
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = false) {
      var _global$GLOBAL_OPENTE;
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        diag.error(err.stack || err.message);
        return false;
      }
      if (api.version !== "1.10.0") {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        diag.error(err.stack || err.message);
        return false;
      }
      api[type] = instance;
      diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`);
      return true;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api == null) return;
      if (api !== _compatibleGlobalApi) {
        if (!api.version || !require_semver2.isCompatible(api.version)) return;
        _compatibleGlobalApi = api;
      }
      return api[type];
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api) delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      const logger = require_global_utils2.getGlobal("diag");
      if (!logger) return;
      return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      if (maxLevel < 0) maxLevel = 0;
      else if (maxLevel > 9999) maxLevel = 9999;
      logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        const theFunc = logger[funcName];
        if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
        return function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger();
    var API_NAME = "diag";
    var DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        if (!this._instance) this._instance = new DiagAPI2();
        return this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            const logger = require_global_utils2.getGlobal("diag");
            if (!logger) return;
            return logger[funcName](...args);
          };
        }
        const self2 = this;
        const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
            return false;
          }
          if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
          const oldLogger = require_global_utils2.getGlobal("diag");
          const newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`);
            newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, true);
        };
        self2.setLogger = setLogger;
        self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        };
        self2.createComponentLogger = (options) => {
          return new require_ComponentLogger2.DiagComponentLogger(options);
        };
        self2.verbose = _logProxy("verbose");
        self2.debug = _logProxy("debug");
        self2.info = _logProxy("info");
        self2.warn = _logProxy("warn");
        self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries) {
        this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        const entry = this._entries.get(key);
        if (!entry) return;
        return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.set(key, entry);
        return newBaggage;
      }
      removeEntry(key) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.delete(key);
        return newBaggage;
      }
      removeEntries(...keys2) {
        const newBaggage = new BaggageImpl2(this._entries);
        for (const key of keys2) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag();
    var require_baggage_impl2 = require_baggage_impl();
    var require_symbol2 = require_symbol();
    var diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries)));
    }
    function baggageEntryMetadataFromString(str) {
      if (typeof str !== "string") {
        diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`);
        str = "";
      }
      return {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        const self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
        self2.getValue = (key) => self2._currentContext.get(key);
        self2.setValue = (key, value) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.set(key, value);
          return context;
        };
        self2.deleteValue = (key) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.delete(key);
          return context;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ];
    var _originalConsoleMethods = {};
    if (typeof console !== "undefined") {
      for (const key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) if (typeof console[key] === "function") _originalConsoleMethods[key] = console[key];
    }
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc !== "function") theFunc = _originalConsoleMethods["log"];
            if (typeof theFunc !== "function" && console) {
              theFunc = console[funcName];
              if (typeof theFunc !== "function") theFunc = console.log;
            }
            if (typeof theFunc === "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    };
    var NoopMetric = class {
    };
    var NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    };
    var NoopObservableCounterMetric = class extends NoopObservableMetric {
    };
    var NoopObservableGaugeMetric = class extends NoopObservableMetric {
    };
    var NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    };
    var NOOP_METER = new NoopMeter();
    var NOOP_COUNTER_METRIC = new NoopCounterMetric();
    var NOOP_GAUGE_METRIC = new NoopGaugeMetric();
    var NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
    var NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
    var NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
    var NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
    var NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      ValueType2[ValueType2["INT"] = 0] = "INT";
      ValueType2[ValueType2["DOUBLE"] = 1] = "DOUBLE";
      return ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return false;
      }
    };
    var NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
      SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
      SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
      SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
      SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
      SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
      SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
      SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
      SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
      SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
      SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
      SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
      SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
      SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
      SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
      SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
      SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
      SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
      SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
      SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
      SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
      SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
      SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
      SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
      SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
      return SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier == null) return;
        return carrier[key];
      },
      keys(carrier) {
        if (carrier == null) return [];
        return Object.keys(carrier);
      }
    };
    var defaultTextMapSetter = { set(carrier, key, value) {
      if (carrier == null) return;
      carrier[key] = value;
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      TraceFlags2[TraceFlags2["NONE"] = 0] = "NONE";
      TraceFlags2[TraceFlags2["SAMPLED"] = 1] = "SAMPLED";
      return TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000";
    var INVALID_TRACEID = "00000000000000000000000000000000";
    var INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return false;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id !== "string" || id.length !== length) return false;
      let r = 0;
      for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context();
    var NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopContextManager2 = require_NoopContextManager();
    var API_NAME = "context";
    var NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager();
    var NOOP_TOKEN = Object.freeze({ dispose: () => {
    } });
    var ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = false;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        if (!this._instance) this._instance = new ContextAPI2();
        return this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context, fn, thisArg, ...args) {
        return this._getContextManager().with(context, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context, target) {
        return this._getContextManager().bind(context, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context) {
        const contextManager = this._getContextManager();
        if (contextManager.attach) return contextManager.attach(context);
        if (!this._attachUnsupportedWarned) {
          this._attachUnsupportedWarned = true;
          require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
        }
        return NOOP_TOKEN;
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable();
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context) {
      return context.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context, span) {
      return context.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context) {
      return context.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context, spanContext) {
      return setSpan(context, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context) {
      var _getSpan;
      return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var contextApi = require_context3.ContextAPI.getInstance();
    var NoopTracer = class {
      startSpan(name, options, context = contextApi.active()) {
        if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new require_NonRecordingSpan2.NonRecordingSpan();
        const parentFromContext = context && require_context_utils2.getSpanContext(context);
        if (isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext)) return new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext);
        else return new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) return;
        else if (arguments.length === 2) fn = arg2;
        else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
        const span = this.startSpan(name, opts, parentContext);
        const contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer();
    var ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      startSpan(name, options, context) {
        return this._getTracer().startSpan(name, options, context);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        const tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        if (!tracer) return NOOP_TRACER;
        this._delegate = tracer;
        return this._delegate;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      SpanKind2[SpanKind2["INTERNAL"] = 0] = "INTERNAL";
      SpanKind2[SpanKind2["SERVER"] = 1] = "SERVER";
      SpanKind2[SpanKind2["CLIENT"] = 2] = "CLIENT";
      SpanKind2[SpanKind2["PRODUCER"] = 3] = "PRODUCER";
      SpanKind2[SpanKind2["CONSUMER"] = 4] = "CONSUMER";
      return SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      SpanStatusCode2[SpanStatusCode2["UNSET"] = 0] = "UNSET";
      SpanStatusCode2[SpanStatusCode2["OK"] = 1] = "OK";
      SpanStatusCode2[SpanStatusCode2["ERROR"] = 2] = "ERROR";
      return SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]";
    var VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`);
    var VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/;
    var INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators();
    var MAX_TRACE_STATE_ITEMS = 32;
    var MAX_TRACE_STATE_LEN = 512;
    var LIST_MEMBERS_SEPARATOR = ",";
    var LIST_MEMBER_KEY_VALUE_SPLITTER = "=";
    var TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map();
        if (rawTraceState) this._parse(rawTraceState);
      }
      set(key, value) {
        const currValue = this._internalState.get(key);
        let newLength = this.serialize().length;
        if (typeof currValue === "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        const traceState = this._clone();
        if (traceState._internalState.has(key)) traceState._internalState.delete(key);
        traceState._internalState.set(key, value);
        return traceState;
      }
      unset(key) {
        const traceState = this._clone();
        traceState._internalState.delete(key);
        return traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => {
          agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key));
          return agg;
        }, []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        if (rawTraceState.length > MAX_TRACE_STATE_LEN) return;
        this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          const listMember = part.trim();
          const i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            const key = listMember.slice(0, i);
            const value = listMember.slice(i + 1, part.length);
            if (require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value)) agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map());
        if (this._internalState.size > MAX_TRACE_STATE_ITEMS) this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        const traceState = new TraceStateImpl2();
        traceState._internalState = new Map(this._internalState);
        return traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer();
    var NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer();
    var NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider();
    var ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      SamplingDecision2[SamplingDecision2["NOT_RECORD"] = 0] = "NOT_RECORD";
      SamplingDecision2[SamplingDecision2["RECORD"] = 1] = "RECORD";
      SamplingDecision2[SamplingDecision2["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
      return SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context = require_context2().ContextAPI.getInstance();
    exports.context = context;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    };
    var NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var ProxyLogger = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        if (!logger) return require_NoopLogger2.NOOP_LOGGER;
        this._delegate = logger;
        return this._delegate;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider();
    var require_ProxyLogger2 = require_ProxyLogger();
    var ProxyLoggerProvider = class {
      getLogger(name, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_ProxyLoggerProvider2 = require_ProxyLoggerProvider();
    var API_NAME = "logs";
    var LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        if (!this._instance) this._instance = new LogsAPI2();
        return this._instance;
      }
      setGlobalLoggerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        if (success) this._proxyLoggerProvider._setDelegate(provider);
        return success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name, version, options) {
        return this.getLoggerProvider().getLogger(name, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs = require_logs().LogsAPI.getInstance();
    exports.logs = logs;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter();
    var NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    };
    var NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopMeterProvider2 = require_NoopMeterProvider();
    var API_NAME = "metrics";
    var MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        if (!this._instance) this._instance = new MetricsAPI2();
        return this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name, version, options) {
        return this.getMeterProvider().getMeter(name, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context, _carrier) {
        return context;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context) {
      return context.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context, baggage) {
      return context.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context) {
      return context.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_utils3 = require_utils();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_NoopTextMapPropagator2 = require_NoopTextMapPropagator();
    var require_context_helpers2 = require_context_helpers();
    var API_NAME = "propagation";
    var NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator();
    var PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils3.createBaggage;
        this.getBaggage = require_context_helpers2.getBaggage;
        this.getActiveBaggage = require_context_helpers2.getActiveBaggage;
        this.setBaggage = require_context_helpers2.setBaggage;
        this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        if (!this._instance) this._instance = new PropagationAPI2();
        return this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var API_NAME = "trace";
    var TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
        this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext;
        this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
        this.deleteSpan = require_context_utils2.deleteSpan;
        this.getSpan = require_context_utils2.getSpan;
        this.getActiveSpan = require_context_utils2.getActiveSpan;
        this.getSpanContext = require_context_utils2.getSpanContext;
        this.setSpan = require_context_utils2.setSpan;
        this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        if (!this._instance) this._instance = new TraceAPI2();
        return this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        if (success) this._proxyTracerProvider.setDelegate(provider);
        return success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/.pnpm/@opentelemetry+api@1.10.0/node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: true },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types();
    var require_utils3 = require_utils();
    var require_context3 = require_context();
    var require_consoleLogger2 = require_consoleLogger();
    var require_NoopMeter2 = require_NoopMeter();
    var require_Metric2 = require_Metric();
    var require_NoopLogger2 = require_NoopLogger();
    var require_LogRecord2 = require_LogRecord();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_trace_flags2 = require_trace_flags();
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracer2 = require_ProxyTracer();
    var require_span_kind2 = require_span_kind();
    var require_status2 = require_status();
    var require_utils$1 = require_utils2();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var require_SamplingResult2 = require_SamplingResult();
    var require_context_api2 = require_context_api();
    var require_diag_api2 = require_diag_api();
    var require_logs_api2 = require_logs_api();
    var require_metrics_api2 = require_metrics_api();
    var require_propagation_api2 = require_propagation_api();
    var require_trace_api2 = require_trace_api();
    var src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils3.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist();
    var Counter2 = require_counter();
    var PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total";
    var PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total";
    var PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const exemplars = config.enableExemplars ? config.enableExemplars : false;
      const labelNames = Object.keys(labels);
      let lastCpuUsage = process.cpuUsage();
      const cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          const cpuUsage = process.cpuUsage();
          const userUsageMicros = cpuUsage.user - lastCpuUsage.user;
          const systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          lastCpuUsage = cpuUsage;
          if (this.enableExemplars) {
            let exemplarLabels = {};
            const currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            if (currentSpan) {
              exemplarLabels = {
                traceId: currentSpan.spanContext().traceId,
                spanId: currentSpan.spanContext().spanId
              };
            }
            cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            });
            cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            });
            cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else {
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6);
            cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6);
            cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
          }
        }
      });
      const cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
      const cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var startInSeconds = Math.round(Date.now() / 1e3 - process.uptime());
    var PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry ? [registry] : void 0,
        labelNames,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var values2 = ["VmSize", "VmRSS", "VmData"];
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    var PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes";
    var PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split("\n").reduce((acc, string) => {
        if (!values2.some((value2) => string.startsWith(value2))) {
          return acc;
        }
        const split = string.split(":");
        let value = split[1].trim();
        value = value.substr(0, value.length - 3);
        value = Number(value) * 1024;
        acc[split[0]] = value;
        return acc;
      }, {});
    }
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const residentMemGauge = new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            const stat2 = fs.readFileSync("/proc/self/status", "utf8");
            const structuredOutput = structureOutput(stat2);
            residentMemGauge.set(labels, structuredOutput.VmRSS);
            virtualMemGauge.set(labels, structuredOutput.VmSize);
            heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      });
      const virtualMemGauge = new Gauge2({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames
      });
      const heapSizeMemGauge = new Gauge2({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var linuxVariant = require_osMemoryHeapLinux();
    var safeMemoryUsage = require_safeMemoryUsage();
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry, config = {}) {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const memUsage = safeMemoryUsage();
          if (memUsage) {
            this.set(labels, memUsage.rss);
          }
        }
      });
    }
    module.exports = (registry, config) => process.platform === "linux" ? linuxVariant(registry, config) : notLinuxVariant(registry, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var process2 = __require("process");
    var PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry, config = {}) => {
      if (process2.platform !== "linux") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          try {
            const fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var PROCESS_MAX_FDS = "process_max_fds";
    var maxFds;
    module.exports = (registry, config = {}) => {
      if (maxFds === void 0) {
        try {
          const limits = fs.readFileSync("/proc/self/limits", "utf8");
          const lines = limits.split("\n");
          for (const line of lines) {
            if (line.startsWith("Max open files")) {
              const parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
          }
        } catch {
          return;
        }
      }
      if (maxFds === void 0) return;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          if (maxFds !== void 0) this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds";
    var NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds";
    var NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds";
    var NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds";
    var NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds";
    var NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds";
    var NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds";
    var NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start, gauge, labels) {
      const delta = process.hrtime(start);
      const nanosec = delta[0] * 1e9 + delta[1];
      const seconds2 = nanosec / 1e9;
      gauge.set(labels, seconds2);
    }
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      let collect3 = () => {
        const start = process.hrtime();
        setImmediate(reportEventloopLag, start, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay) {
        try {
          const histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable();
          collect3 = () => {
            const start = process.hrtime();
            setImmediate(reportEventloopLag, start, lag, labels);
            lagMin.set(labels, histogram.min / 1e9);
            lagMax.set(labels, histogram.max / 1e9);
            lagMean.set(labels, histogram.mean / 1e9);
            lagStddev.set(labels, histogram.stddev / 1e9);
            lagP50.set(labels, histogram.percentile(50) / 1e9);
            lagP90.set(labels, histogram.percentile(90) / 1e9);
            lagP99.set(labels, histogram.percentile(99) / 1e9);
            histogram.reset();
          };
        } catch (e) {
          if (e.code === "ERR_NOT_IMPLEMENTED") {
            return;
          }
          throw e;
        }
      }
      const lag = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect: collect3
      });
      const lagMin = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "min"
      });
      const lagMax = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "max"
      });
      const lagMean = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagStddev = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP50 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP90 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP99 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list2) {
      const data = {};
      for (let i = 0; i < list2.length; i++) {
        const listElement = list2[i];
        if (!listElement || typeof listElement.constructor === "undefined") {
          continue;
        }
        if (Object.hasOwnProperty.call(data, listElement.constructor.name)) {
          data[listElement.constructor.name] += 1;
        } else {
          data[listElement.constructor.name] = 1;
        }
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (const key in data) {
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
      }
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var Gauge2 = require_gauge();
    var NODEJS_ACTIVE_HANDLES = "nodejs_active_handles";
    var NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveHandles !== "function") {
        return;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers,
        collect() {
          const handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames,
        collect() {
          const handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests";
    var NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveRequests !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources";
    var NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry, config = {}) => {
      if (typeof process.getActiveResourcesInfo !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const resources = process.getActiveResourcesInfo();
          const data = {};
          for (let i = 0; i < resources.length; i++) {
            const resource = resources[i];
            if (Object.hasOwn(data, resource)) {
              data[resource] += 1;
            } else {
              data[resource] = 1;
            }
          }
          updateMetrics(this, data, labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var safeMemoryUsage = require_safeMemoryUsage();
    var NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes";
    var NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes";
    var NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry, config = {}) => {
      if (typeof process.memoryUsage !== "function") {
        return;
      }
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const collect3 = () => {
        const memUsage = safeMemoryUsage();
        if (memUsage) {
          heapSizeTotal.set(labels, memUsage.heapTotal);
          heapSizeUsed.set(labels, memUsage.heapUsed);
          if (memUsage.external !== void 0) {
            externalMemUsed.set(labels, memUsage.external);
          }
        }
      };
      const heapSizeTotal = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect: collect3
      });
      const heapSizeUsed = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames
      });
      const externalMemUsed = new Gauge2({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var v8 = __require("v8");
    var METRICS = ["total", "used", "available"];
    var NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e) {
        if (e.code === "ERR_NOT_IMPLEMENTED") {
          return;
        }
        throw e;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = ["space", ...Object.keys(labels)];
      const gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge2({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames,
          registers
        });
      });
      gauges.total.collect = () => {
        for (const space of v8.getHeapSpaceStatistics()) {
          const spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size);
          gauges.used.set({ space: spaceName, ...labels }, space.space_used_size);
          gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var version = process.version;
    var versionSegments = version.slice(1).split(".").map(Number);
    var NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames],
        registers: registry ? [registry] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram2 = require_histogram();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds";
    var DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5];
    var kinds = [];
    if (perf_hooks && perf_hooks.constants) {
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb";
    }
    module.exports = (registry, config = {}) => {
      if (!perf_hooks) {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS;
      const gcHistogram = new Histogram2({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames],
        enableExemplars: false,
        buckets,
        registers: registry ? [registry] : void 0
      });
      const obs = new perf_hooks.PerformanceObserver((list2) => {
        const entry = list2.getEntries()[0];
        const kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      });
      obs.observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject: isObject2 } = require_util();
    var processCpuTotal = require_processCpuTotal();
    var processStartTime = require_processStartTime();
    var osMemoryHeap = require_osMemoryHeap();
    var processOpenFileDescriptors = require_processOpenFileDescriptors();
    var processMaxFileDescriptors = require_processMaxFileDescriptors();
    var eventLoopLag = require_eventLoopLag();
    var processHandles = require_processHandles();
    var processRequests = require_processRequests();
    var processResources = require_processResources();
    var heapSizeAndUsed = require_heapSizeAndUsed();
    var heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed();
    var version = require_version2();
    var gc = require_gc();
    var metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo === "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    };
    var metricsList = Object.keys(metrics);
    module.exports = function collectDefaultMetrics2(config) {
      if (config !== null && config !== void 0 && !isObject2(config)) {
        throw new TypeError("config must be null, undefined, or an object");
      }
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (const metric of Object.values(metrics)) {
        metric(config.register, config);
      }
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        const result2 = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        };
        const byLabels = new Grouper();
        metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            const key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        });
        byLabels.forEach((values2) => {
          if (values2.length === 0) return;
          const valObj = {
            value: aggregatorFn(values2),
            labels: values2[0].labels
          };
          if (values2[0].metricName) {
            valObj.metricName = values2[0].metricName;
          }
          result2.values.push(valObj);
        });
        return result2;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v) => v.reduce((p, c) => p + c.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v) => v[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v) => v.reduce((p, c) => p + c.value, 0) / v.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.min(p, c.value), Infinity)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.max(p, c.value), -Infinity)
      )
    };
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { Grouper } = require_util();
    var { aggregators } = require_metricAggregators();
    var cluster = () => {
      const data = __require("cluster");
      cluster = () => data;
      return data;
    };
    var GET_METRICS_REQ = "prom-client:getMetricsReq";
    var GET_METRICS_RES = "prom-client:getMetricsRes";
    var registries = [Registry2.globalRegistry];
    var requestCtr = 0;
    var listenersAdded = false;
    var requests = /* @__PURE__ */ new Map();
    var AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType);
        addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        const requestId = requestCtr++;
        return new Promise((resolve5, reject2) => {
          let settled = false;
          function done(err, result2) {
            if (settled) return;
            settled = true;
            if (err) reject2(err);
            else resolve5(result2);
          }
          const request = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              const err = new Error("Operation timed out.");
              request.done(err);
            }, 5e3)
          };
          requests.set(requestId, request);
          const message = {
            type: GET_METRICS_REQ,
            requestId
          };
          for (const id in cluster().workers) {
            if (cluster().workers[id].isConnected()) {
              cluster().workers[id].send(message);
              request.pending++;
            }
          }
          if (request.pending === 0) {
            clearTimeout(request.errorTimeout);
            process.nextTick(() => done(null, ""));
          }
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        const aggregatedRegistry = new Registry2();
        const metricsByName = new Grouper();
        aggregatedRegistry.setContentType(registryType);
        metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        });
        metricsByName.forEach((metrics) => {
          const aggregatorName = metrics[0].aggregator;
          const aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn !== "function") {
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          }
          const aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            const aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        });
        return aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        if (!Array.isArray(regs)) regs = [regs];
        regs.forEach((reg) => {
          if (!(reg instanceof Registry2)) {
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
          }
        });
        registries = regs;
      }
    };
    function addListeners() {
      if (listenersAdded) return;
      listenersAdded = true;
      if (cluster().isMaster) {
        cluster().on("message", (worker, message) => {
          if (message.type === GET_METRICS_RES) {
            const request = requests.get(message.requestId);
            if (message.error) {
              request.done(new Error(message.error));
              return;
            }
            message.metrics.forEach((registry) => request.responses.push(registry));
            request.pending--;
            if (request.pending === 0) {
              requests.delete(message.requestId);
              clearTimeout(request.errorTimeout);
              const registry = AggregatorRegistry.aggregate(request.responses);
              const promString = registry.metrics();
              request.done(null, promString);
            }
          }
        });
      }
      if (cluster().isWorker) {
        process.on("message", (message) => {
          if (message.type === GET_METRICS_REQ) {
            Promise.all(registries.map((r) => r.getMetricsAsJSON())).then((metrics) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                metrics
              });
            }).catch((error) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                error: error.message
              });
            });
          }
        });
      }
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/.pnpm/prom-client@15.1.3/node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: false,
      enumerable: true,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// agent/dist/agent-metrics.js
var agent_metrics_exports = {};
__export(agent_metrics_exports, {
  AgentMetrics: () => AgentMetrics
});
var import_prom_client, AgentMetrics;
var init_agent_metrics = __esm({
  "agent/dist/agent-metrics.js"() {
    "use strict";
    import_prom_client = __toESM(require_prom_client(), 1);
    init_dist();
    AgentMetrics = class {
      registry = new import_prom_client.Registry();
      deploys = new import_prom_client.Counter({
        name: "zkdeploy_agent_deploys_total",
        help: "Deploy attempts by final result (ok, failed, rejected, drifted).",
        labelNames: ["app", "result"],
        registers: [this.registry]
      });
      duration = new import_prom_client.Histogram({
        name: "zkdeploy_agent_deploy_duration_seconds",
        help: "Time from starting a deploy to its final status.",
        labelNames: ["app", "result"],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
        registers: [this.registry]
      });
      configVersion = new import_prom_client.Gauge({
        name: "zkdeploy_agent_config_version",
        help: "Data version of B/config the last status was written for.",
        labelNames: ["app"],
        registers: [this.registry]
      });
      state = new import_prom_client.Gauge({
        name: "zkdeploy_agent_state",
        help: "1 for the state this host last reported for the app, 0 for the others.",
        labelNames: ["app", "state"],
        registers: [this.registry]
      });
      attempts = new import_prom_client.Gauge({
        name: "zkdeploy_agent_deploy_attempts",
        help: "Attempts made for the current config version (retries after transient failures).",
        labelNames: ["app"],
        registers: [this.registry]
      });
      connected = new import_prom_client.Gauge({
        name: "zkdeploy_agent_zookeeper_connected",
        help: "1 while connected to ZooKeeper, else 0.",
        registers: [this.registry]
      });
      connectionState = new import_prom_client.Gauge({
        name: "zkdeploy_agent_zookeeper_connection_state",
        help: "1 for the current ZooKeeper connection state (CONNECTED, SUSPENDED, RECONNECTED, LOST).",
        labelNames: ["state"],
        registers: [this.registry]
      });
      commitInfo = new import_prom_client.Gauge({
        name: "zkdeploy_agent_commit_info",
        help: "Always 1; labels say which commit is checked out at which path for the app.",
        labelNames: ["app", "commit", "path"],
        registers: [this.registry]
      });
      commits = /* @__PURE__ */ new Map();
      constructor(labels) {
        this.registry.setDefaultLabels({ host: labels.host });
        (0, import_prom_client.collectDefaultMetrics)({ register: this.registry, prefix: "zkdeploy_agent_" });
        new import_prom_client.Gauge({ name: "zkdeploy_agent_build_info", help: "Agent version.", labelNames: ["version"], registers: [this.registry] }).set({ version: labels.version }, 1);
      }
      /** Records a final deploy result. */
      deployed(app, result2, seconds2) {
        this.deploys.inc({ app, result: result2 });
        this.duration.observe({ app, result: result2 }, seconds2);
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
  await new Promise((resolve5, reject2) => {
    server.once("error", reject2);
    server.listen(port, host, () => {
      server.off("error", reject2);
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
import { mkdir as mkdir4 } from "node:fs/promises";

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// agent/dist/main.js
init_dist();

// agent/dist/agent-options.js
import { readFileSync as readFileSync2 } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";
init_dist();

// agent/dist/version.js
import { readFileSync } from "node:fs";
var AGENT_VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

// agent/dist/group-service-options.js
init_dist();

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
    const done = (result2) => {
      socket.destroy();
      resolve5(result2);
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
  const group2 = optionalText2(pick("group"), "--group");
  if (group2 !== void 0 && !isValidNodeName(group2))
    throw new UsageError(`--group ${JSON.stringify(group2)} is not a valid group name (letters, digits, . _ -)`);
  const onPrimary = optionalText2(pick("onPrimary"), "--on-primary");
  const onStandby = optionalText2(pick("onStandby"), "--on-standby");
  if (group2 === void 0 && (onPrimary !== void 0 || onStandby !== void 0)) {
    throw new UsageError("--on-primary and --on-standby need --group to name the group to join");
  }
  const services = parseServices(pick);
  const drainDuringDeploy = pick("drainDuringDeploy") === true || booleanEnv(env, "ZKDEPLOY_DRAIN_DURING_DEPLOY");
  if (drainDuringDeploy && services.length === 0)
    throw new UsageError("--drain-during-deploy needs at least one --service to drain");
  return {
    group: group2,
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
  return new Command("zkdeploy-agent").description("Watches the zkdeploy config znode and checks out exactly the published commit.").version(AGENT_VERSION).addOption(new Option("--config <file>", "JSON config file").env("ZKDEPLOY_CONFIG")).addOption(new Option("--zk <hosts>", "ZooKeeper connect string").env("ZKDEPLOY_ZK")).addOption(new Option("--app <znode>", "app base znode (repeatable)").argParser(collect2).env("ZKDEPLOY_APP")).addOption(new Option("--base-dir <dir>", "where checkouts live").env("ZKDEPLOY_BASE_DIR")).addOption(new Option("--host <name>", "this host name in ZooKeeper").env("ZKDEPLOY_HOST")).addOption(new Option("--auth <user:password>", "ZooKeeper digest auth").env("ZKDEPLOY_AUTH")).addOption(new Option("--allow-url <prefix>", "allowed URL prefix (repeatable)").argParser(collect2).env("ZKDEPLOY_ALLOW_URL")).addOption(new Option("--log-level <level>", "trace, debug, info, warn, error").env("ZKDEPLOY_LOG_LEVEL")).addOption(new Option("--session-timeout <ms>", "ZooKeeper session timeout").env("ZKDEPLOY_SESSION_TIMEOUT")).addOption(new Option("--resync <seconds>", "periodic resync interval").env("ZKDEPLOY_RESYNC")).addOption(new Option("--git-timeout <seconds>", "timeout of one git command").env("ZKDEPLOY_GIT_TIMEOUT")).addOption(new Option("--exec <command>", "shell command run in the checkout after activation").env("ZKDEPLOY_EXEC")).addOption(new Option("--check <command>", "shell command run in the new release before activation").env("ZKDEPLOY_CHECK")).addOption(new Option("--exec-timeout <seconds>", "timeout of --exec and --check").env("ZKDEPLOY_EXEC_TIMEOUT")).addOption(new Option("--self-heal [bool]", "restore drifted checkouts").env("ZKDEPLOY_SELF_HEAL")).addOption(new Option("--no-drift-watch", "do not watch the checkout for local changes")).addOption(new Option("--splay <ms>", "random delay up to <ms> before fetching").env("ZKDEPLOY_SPLAY")).addOption(new Option("--keep-releases <n>", "releases kept per path for instant rollback (active included)").env("ZKDEPLOY_KEEP_RELEASES")).addOption(new Option("--metrics-port <port>", "serve /metrics and /healthz on this port").env("ZKDEPLOY_METRICS_PORT")).addOption(new Option("--metrics-host <host>", "address of the metrics server").env("ZKDEPLOY_METRICS_HOST")).addOption(new Option("--trust-key <pem file>", "accept only payloads signed by this ed25519 key (repeatable)").argParser(collect2).env("ZKDEPLOY_TRUST_KEY")).addOption(new Option("--ssh-key <file>", "private key for ssh git URLs").env("ZKDEPLOY_SSH_KEY")).addOption(new Option("--known-hosts <file>", "known_hosts file for ssh git URLs").env("ZKDEPLOY_KNOWN_HOSTS")).exitOverride().configureOutput({ writeErr: () => void 0 });
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
  const last2 = prefix[prefix.length - 1] ?? "";
  const next = url[prefix.length] ?? "";
  return BOUNDARY_AFTER.has(last2) || next === "/" || next === ":" || url.slice(prefix.length) === ".git";
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
    const first2 = raw[0];
    const from = first2 === 0 ? 0 : head.readUInt32BE(8 + (first2 - 1) * 4);
    const to = head.readUInt32BE(8 + first2 * 4);
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
  return new Promise((resolve5, reject2) => {
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
      const result2 = why ?? `exited with ${code ?? signal}`;
      const last2 = tail(output, 10, 2e3);
      const code_ = run.kind === "check" ? ErrorCode.CHECK_FAILED : ErrorCode.EXEC_FAILED;
      const what = run.kind === "check" ? "--check command" : "--exec command";
      reject2(new ZkDeployError(code_, `${what} ${result2}${last2 ? `; output ends with: ${last2}` : " with no output"}`, {
        hint: run.kind === "check" ? "the release was not activated; fix the commit or the check" : "the release is active; fix the command or publish a fix",
        details: { output: last2 }
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
  const [sample2, packs] = await Promise.all([
    readdir(join7(gitDir, "objects", "17")).catch(() => []),
    readdir(join7(gitDir, "objects", "pack")).catch(() => [])
  ]);
  const loose = sample2.filter((n) => /^[0-9a-f]{38}(?:[0-9a-f]{24})?$/.test(n)).length;
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
async function treeListingDigest(root2) {
  const lines = [];
  let level = [""];
  try {
    while (level.length > 0) {
      const listed = await Promise.all(level.map(async (rel) => ({ rel, entries: await readdir(join9(root2, rel), { withFileTypes: true }) })));
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
    const last2 = this.o.status.current;
    this.o.metrics?.commit(this.o.app, run.payload.commitId, run.payload.relativePath);
    if (last2?.state === "ok" && last2.configVersion === run.version && last2.commitId === run.payload.commitId && this.o.status.saved)
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
      const result2 = await this.zk.get(this.layout.config);
      await this.reconciler.setDesired(result2?.data ?? null, result2?.stat ?? null);
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
      const collect3 = (chunk2) => {
        if (output.length < 4096)
          output += chunk2.toString("utf8");
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
    const result2 = await runHealthCheck(health, host, port, Math.min(this.o.intervalMs, 5e3));
    if (result2.ok !== this.healthy || !result2.ok && result2.detail !== this.lastDetail) {
      if (result2.ok)
        this.log.info({ detail: result2.detail }, "health check passes");
      else
        this.log.warn({ detail: result2.detail }, "health check fails");
    }
    this.healthy = result2.ok;
    this.lastDetail = result2.detail;
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
