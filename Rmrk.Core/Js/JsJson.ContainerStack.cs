namespace Rmrk.Core.Js;

public static partial class JsJson
{
    /// <summary>
    /// The arrays and objects open while parsing, with the elements read so far. Elements wait on one stack
    /// and each container is built when it closes, at its exact size: the state keeps these containers for
    /// the life of the index, and growing them element by element allocated each one two or three times.
    /// The buffers are reused per thread, so a document allocates only its values.
    /// </summary>
    private struct ContainerStack
    {
        [ThreadStatic]
        private static Frame[]? t_frames;

        [ThreadStatic]
        private static KeyValuePair<string?, JsValue>[]? t_elements;

        private const int MaxKeptFrames = 256;
        private const int MaxKeptElements = 4096;

        private Frame[] _frames;
        private KeyValuePair<string?, JsValue>[] _elements;
        private int _depth;
        private int _elementCount;

        public readonly int Depth => _depth;

        public readonly bool TopIsObject => _frames[_depth - 1].IsObject;

        /// <summary>Takes this thread's buffers (new ones if a parse on this thread already holds them).</summary>
        public static ContainerStack Take()
        {
            var stack = new ContainerStack
            {
                _frames = t_frames ?? new Frame[16],
                _elements = t_elements ?? new KeyValuePair<string?, JsValue>[64],
            };
            t_frames = null;
            t_elements = null;
            return stack;
        }

        /// <summary>
        /// Hands the buffers back to the thread, holding no references to the parsed values. Buffers a deep or
        /// long document grew are let go rather than kept for the life of the thread.
        /// </summary>
        public void Release()
        {
            if (_frames is null)
            {
                return;
            }

            _frames.AsSpan(0, _depth).Clear();
            _elements.AsSpan(0, _elementCount).Clear();
            t_frames = _frames.Length <= MaxKeptFrames ? _frames : null;
            t_elements = _elements.Length <= MaxKeptElements ? _elements : null;
            this = default;
        }

        public void OpenObject(string firstKey) => Push(new Frame(IsObject: true, _elementCount, firstKey));

        public void OpenArray() => Push(new Frame(IsObject: false, _elementCount, null));

        /// <summary>The key of the next element of the object on top.</summary>
        public readonly void SetKey(string key) => _frames[_depth - 1].Key = key;

        public void AddElement(JsValue value)
        {
            if (_elementCount == _elements.Length)
            {
                Array.Resize(ref _elements, _elements.Length * 2);
            }

            _elements[_elementCount++] = new(_frames[_depth - 1].Key, value);
        }

        /// <summary>Builds the container on top from its elements and pops it.</summary>
        public JsValue Close()
        {
            ref Frame top = ref _frames[_depth - 1];
            var elements = _elements.AsSpan(top.Start, _elementCount - top.Start);
            JsValue container = top.IsObject ? BuildObject(elements) : BuildArray(elements);
            elements.Clear();
            _elementCount = top.Start;
            top = default;
            _depth--;
            return container;
        }

        private static JsObject BuildObject(ReadOnlySpan<KeyValuePair<string?, JsValue>> elements)
        {
            // Set keeps JavaScript's order: array-index keys first, a repeated key in its first place.
            var obj = new JsObject(elements.Length);
            foreach (var (key, value) in elements)
            {
                obj.Set(key!, value);
            }

            return obj;
        }

        private static JsArray BuildArray(ReadOnlySpan<KeyValuePair<string?, JsValue>> elements)
        {
            var items = new List<JsValue>(elements.Length);
            foreach (var element in elements)
            {
                items.Add(element.Value);
            }

            return new JsArray(items);
        }

        private void Push(Frame frame)
        {
            if (_depth == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            _frames[_depth++] = frame;
        }

        /// <summary>One open container: where its elements start on the stack, and the key awaiting a value.</summary>
        private record struct Frame(bool IsObject, int Start, string? Key);
    }
}
