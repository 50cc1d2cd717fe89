using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Infrastructure;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs: registered instances and types (several per service,
/// resolved as <c>IEnumerable&lt;T&gt;</c>), and any other concrete type built through its public
/// constructor from what is registered. It saves a DI container.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object>>> factories = [];

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (factories.TryGetValue(type, out var list))
        {
            return list[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = factories.TryGetValue(element, out var many) ? many.Select(f => f()).ToList() : [];
            var array = Array.CreateInstance(element, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i], i);
            }

            return array;
        }

        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!factories.TryGetValue(service, out var list))
        {
            factories[service] = list = [];
        }

        list.Add(factory);
    }

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => Resolve(p.ParameterType) ?? throw new InvalidOperationException($"{type.Name} needs a {p.ParameterType.Name}, which is not registered."))
            .ToArray();
        return constructor.Invoke(arguments);
    }
}
