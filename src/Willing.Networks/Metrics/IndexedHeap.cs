namespace Willing.Networks.Metrics;

/// <summary>A binary min-heap of node indices keyed by distance, with decrease-key; ties go to the lower index, so the order nodes leave it is fixed.</summary>
internal sealed class IndexedHeap
{
    private readonly int[] _heap;
    private readonly int[] _position;
    private readonly double[] _key;

    public IndexedHeap(int n)
    {
        _heap = new int[n];
        _position = new int[n];
        Array.Fill(_position, -1);
        _key = new double[n];
    }

    public int Count { get; private set; }

    public bool Contains(int v) => _position[v] >= 0;

    public void Push(int v, double key)
    {
        _key[v] = key;
        _heap[Count] = v;
        _position[v] = Count;
        Up(Count++);
    }

    public void Decrease(int v, double key)
    {
        _key[v] = key;
        Up(_position[v]);
    }

    public int Pop()
    {
        int top = _heap[0];
        _position[top] = -1;
        if (--Count > 0)
        {
            _heap[0] = _heap[Count];
            _position[_heap[0]] = 0;
            Down(0);
        }

        return top;
    }

    private bool Less(int a, int b) => _key[a] < _key[b] || (_key[a] == _key[b] && a < b);

    private void Up(int i)
    {
        int v = _heap[i];
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Less(v, _heap[parent]))
                break;
            _heap[i] = _heap[parent];
            _position[_heap[i]] = i;
            i = parent;
        }

        _heap[i] = v;
        _position[v] = i;
    }

    private void Down(int i)
    {
        int v = _heap[i];
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Less(_heap[child + 1], _heap[child]))
                child++;
            if (!Less(_heap[child], v))
                break;
            _heap[i] = _heap[child];
            _position[_heap[i]] = i;
            i = child;
        }

        _heap[i] = v;
        _position[v] = i;
    }
}
