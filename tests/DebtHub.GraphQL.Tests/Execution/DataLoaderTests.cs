using DebtHub.GraphQL.Execution.DataLoader;

namespace DebtHub.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private sealed class AuthorSource
    {
        public List<IReadOnlyList<int>> Batches { get; } = [];

        public ValueTask<IReadOnlyDictionary<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add(keys);
            IReadOnlyDictionary<int, string> found = keys.Where(k => k != 404).ToDictionary(k => k, k => $"author {k}");
            return ValueTask.FromResult(found);
        }
    }

    [Fact]
    public async Task Keys_requested_before_the_queue_drains_are_fetched_in_one_batch()
    {
        var scheduler = new DataLoaderScheduler();
        var source = new AuthorSource();
        var authors = new BatchDataLoader<int, string>(scheduler, source.FetchAsync);

        var loads = new[] { authors.LoadAsync(1), authors.LoadAsync(2), authors.LoadAsync(3) };
        await scheduler.RunAsync(Task.WhenAll(loads), CancellationToken.None);

        Assert.Equal([[1, 2, 3]], source.Batches);
        Assert.Equal(new string?[] { "author 1", "author 2", "author 3" }, (IEnumerable<string?>)await Task.WhenAll(loads));
    }

    [Fact]
    public async Task A_key_is_fetched_once_per_request_and_its_repeats_share_the_value()
    {
        var scheduler = new DataLoaderScheduler();
        var source = new AuthorSource();
        var authors = new BatchDataLoader<int, string>(scheduler, source.FetchAsync);

        var first = authors.LoadAsync(7);
        var again = authors.LoadAsync(7);
        await scheduler.RunAsync(Task.WhenAll(first, again), CancellationToken.None);
        var later = authors.LoadAsync(7);

        Assert.True(later.IsCompletedSuccessfully);
        Assert.Equal([[7]], source.Batches);
        Assert.Equal("author 7", await later);
    }

    [Fact]
    public async Task A_key_the_source_does_not_return_loads_as_null()
    {
        var scheduler = new DataLoaderScheduler();
        var authors = new BatchDataLoader<int, string>(scheduler, new AuthorSource().FetchAsync);

        var missing = authors.LoadAsync(404);
        await scheduler.RunAsync(missing, CancellationToken.None);

        Assert.Null(await missing);
    }

    [Fact]
    public async Task Loads_made_by_continuations_of_one_batch_form_the_next_batch_together()
    {
        var scheduler = new DataLoaderScheduler();
        var source = new AuthorSource();
        var authors = new BatchDataLoader<int, string>(scheduler, source.FetchAsync);

        // Two "resolvers" each load a key, then a second key that depends on the first result.
        async Task<string> ChainAsync(int key)
        {
            var first = await authors.LoadAsync(key);
            return first + " / " + await authors.LoadAsync(key * 10);
        }
        var work = Task.WhenAll(ChainAsync(1), ChainAsync(2));
        await scheduler.RunAsync(work, CancellationToken.None);

        Assert.Equal([[1, 2], [10, 20]], source.Batches);
        Assert.Equal(["author 1 / author 10", "author 2 / author 20"], await work);
    }

    [Fact]
    public async Task A_group_loader_gives_each_key_all_its_values_and_an_empty_array_when_it_has_none()
    {
        var scheduler = new DataLoaderScheduler();
        var calls = 0;
        var books = new GroupDataLoader<int, string>(scheduler, (keys, _) =>
        {
            calls++;
            var rows = new[] { (Author: 1, Title: "A"), (Author: 1, Title: "B"), (Author: 2, Title: "C") };
            return ValueTask.FromResult(rows.Where(r => keys.Contains(r.Author)).ToLookup(r => r.Author, r => r.Title));
        });

        var one = books.LoadAsync(1);
        var two = books.LoadAsync(2);
        var three = books.LoadAsync(3);
        await scheduler.RunAsync(Task.WhenAll(one, two, three), CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Equal(["A", "B"], await one);
        Assert.Equal(["C"], await two);
        Assert.Empty(await three);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_waiting_load_and_is_retried_on_the_next_request_for_the_key()
    {
        var scheduler = new DataLoaderScheduler();
        var attempts = 0;
        var flaky = new BatchDataLoader<int, string>(scheduler, (keys, _) =>
        {
            attempts++;
            if (attempts == 1)
            {
                throw new InvalidOperationException("database unavailable");
            }
            return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"v{k}"));
        });

        var a = flaky.LoadAsync(1);
        var b = flaky.LoadAsync(2);
        await scheduler.RunAsync(Task.WhenAll(a, b).ContinueWith(_ => { }, TaskScheduler.Default), CancellationToken.None);
        var retry = flaky.LoadAsync(1);
        await scheduler.RunAsync(retry, CancellationToken.None);

        Assert.Equal("database unavailable", (await Assert.ThrowsAsync<InvalidOperationException>(() => a)).Message);
        Assert.True(b.IsFaulted);
        Assert.Equal("v1", await retry);
    }

    [Fact]
    public async Task Loaders_of_different_kinds_pending_at_the_same_time_are_dispatched_together()
    {
        var scheduler = new DataLoaderScheduler();
        var source = new AuthorSource();
        var authors = new BatchDataLoader<int, string>(scheduler, source.FetchAsync);
        var lengths = new BatchDataLoader<string, int>(scheduler, (keys, _) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length)));

        var author = authors.LoadAsync(5);
        var length = lengths.LoadAsync("abcd");
        Assert.True(await scheduler.DispatchAsync(CancellationToken.None));

        Assert.True(author.IsCompletedSuccessfully);
        Assert.Equal(4, await length);
        Assert.False(await scheduler.DispatchAsync(CancellationToken.None));
    }
}
