export { main } from './main.js';
export { parseAgentOptions, type AgentOptions } from './agent-options.js';
export { AppAgent } from './app-agent.js';
