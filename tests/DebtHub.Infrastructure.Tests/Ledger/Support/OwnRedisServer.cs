// The test's own redis-server moved to tools/LedgerLoad (the benchmark starts one too); this keeps the name other
// test folders use for it.
global using OwnRedisServer = DebtHub.LedgerLoad.RedisProcess;
