export { main } from './main.js';
export { parseAgentOptions, type AgentOptions } from './runtime/agent-options.js';
export { AppAgent } from './runtime/app-agent.js';
export { startAgent, type AgentHandle, type StartAgentSettings } from './runtime/start-agent.js';
